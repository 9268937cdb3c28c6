import { findClause, topicClauses } from '../../lib/policy';
import type { Finding, Severity } from '../../lib/engine/finding';
import type { PolicyPack } from '../../lib/policy/types';
import { PolicySearch } from '../policy/PolicySearch';
import type { AttachmentWarning } from '../../lib/photo/warnings';
import { AttachmentCard, FindingCard, PhotoReminderCard } from './FindingCard';
import { OptionsLink } from './OptionsLink';
import { WorkStatusPanel, type WorkView } from './WorkStatusPanel';

/** The tab's warnings, as far as the popup has them. */
export type TabView =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      findings: Finding[];
      hasAttachment?: boolean;
      /** Photo location and photo-restricted pupils, from the background. */
      attachments?: AttachmentWarning[];
    };

export interface PopupLinks {
  /** policy.html, optionally at a clause (#6.13) or with a search (?q=). */
  policy: (target?: { clause?: string; query?: string }) => string;
  options: string;
}

export interface PopupProps {
  tab: TabView;
  work: WorkView;
  pack: PolicyPack;
  links: PopupLinks;
  onOpenOptions?: () => void;
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Most serious first (restricted pupils are raised as high), then in the order of the text. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      Number(!!b.restricted) - Number(!!a.restricted) ||
      a.start - b.start,
  );
}

function Findings({ tab, pack, links }: Pick<PopupProps, 'tab' | 'pack' | 'links'>) {
  if (tab.kind === 'loading') return <p role="status">Checking this tab…</p>;
  if (tab.kind === 'error') {
    return <p role="alert">Could not get this tab’s warnings: {tab.message}</p>;
  }
  const attachments = tab.attachments ?? [];
  if (tab.findings.length === 0 && !tab.hasAttachment && attachments.length === 0) {
    return (
      <p class="all-clear" role="status">
        ✓ The post looks fine: no warnings on this tab.
      </p>
    );
  }
  const count = tab.findings.length + attachments.length + (tab.hasAttachment ? 1 : 0);
  const clauseHref = (id: string) => links.policy({ clause: id });
  return (
    <>
      <h2>
        {count} {count === 1 ? 'warning' : 'warnings'} in the post you are writing
      </h2>
      {attachments
        .filter((w) => w.severity === 'high')
        .map((w) => (
          <AttachmentCard
            key={`${w.id}:${w.name}`}
            warning={w}
            pack={pack}
            clauseHref={clauseHref}
          />
        ))}
      {sortFindings(tab.findings).map((finding) => (
        <FindingCard
          key={`${finding.kind}:${finding.start}`}
          finding={finding}
          pack={pack}
          clauseHref={clauseHref}
        />
      ))}
      {attachments
        .filter((w) => w.severity !== 'high')
        .map((w) => (
          <AttachmentCard
            key={`${w.id}:${w.fileName}`}
            warning={w}
            pack={pack}
            clauseHref={clauseHref}
          />
        ))}
      {tab.hasAttachment && <PhotoReminderCard pack={pack} clauseHref={clauseHref} />}
    </>
  );
}

export function Popup({ tab, work, pack, links, onOpenOptions }: PopupProps) {
  return (
    <div class="popup">
      <header class="popup-header">
        <h1>Before You Post</h1>
        <nav>
          <a href={links.policy()} target="_blank" rel="noreferrer">
            Policy
          </a>
          <OptionsLink href={links.options} onOpen={onOpenOptions}>
            Options
          </OptionsLink>
        </nav>
      </header>
      <WorkStatusPanel
        work={work}
        reminderClauses={topicClauses(pack)['working-hours'].flatMap(
          (id) => findClause(pack, id) ?? [],
        )}
        optionsHref={links.options}
        onOpenOptions={onOpenOptions}
      />
      <section class="findings" aria-label="Warnings">
        <Findings tab={tab} pack={pack} links={links} />
      </section>
      <PolicySearch
        pack={pack}
        limit={3}
        linkTarget="_blank"
        clauseHref={(id) => links.policy({ clause: id })}
        moreHref={(query) => links.policy({ query })}
      />
    </div>
  );
}
