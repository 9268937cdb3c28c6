import { topicClauses } from '../../lib/policy/mapping';
import type { Finding } from '../../lib/engine/finding';
import type { PolicyPack } from '../../lib/policy/types';
import { PolicySearch } from '../policy/PolicySearch';
import type { AttachmentWarning } from '../../lib/photo/warnings';
import { AttachmentCard, FindingCard, PhotoReminderCard, sortFindings } from './FindingCard';

export { sortFindings } from './FindingCard';
import { OptionsLink } from './OptionsLink';
import { SiteNotice, type SiteView } from './SiteNotice';
import { WorkStatusPanel, type WorkView } from './WorkStatusPanel';

export type { SiteView } from './SiteNotice';

/** The tab's warnings, as far as the popup has them. */
export type TabView =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  /** popup.html?tab=N for a tab that does not exist, or no active tab. */
  | { kind: 'no-tab' }
  | {
      kind: 'ready';
      /** Whether posts on the tab's site are checked at all. */
      site: SiteView;
      findings: Finding[];
      hasAttachment?: boolean;
      /** Photo location and photo-restricted pupils, from the background. */
      attachments?: AttachmentWarning[];
    };

export interface PopupLinks {
  /** policy.html, optionally at a clause (#6.13) or with a search (?q=). */
  policy: (target?: { clause?: string; query?: string }) => string;
  options: string;
  /** The options page with a site ready to add: options.html?add-site=forum.example.org */
  addSite: (host: string) => string;
}

export interface PopupProps {
  tab: TabView;
  work: WorkView;
  pack: PolicyPack;
  links: PopupLinks;
  /** Opens an options-page address (a popup's own links would open inside the popup). */
  onOpenOptions?: (href: string) => void;
}

function Findings({
  tab,
  pack,
  links,
  onOpenOptions,
}: Pick<PopupProps, 'tab' | 'pack' | 'links' | 'onOpenOptions'>) {
  if (tab.kind === 'loading') return <p role="status">Checking this tab…</p>;
  if (tab.kind === 'error') {
    return <p role="alert">Could not get this tab’s warnings: {tab.message}</p>;
  }
  if (tab.kind === 'no-tab') {
    return (
      <p class="notice off" role="status">
        There is no such tab, so there is nothing to check.
      </p>
    );
  }
  const attachments = tab.attachments ?? [];
  const count = tab.findings.length + attachments.length + (tab.hasAttachment ? 1 : 0);
  if (count === 0) {
    return (
      <SiteNotice
        site={tab.site}
        optionsHref={(host) => (host ? links.addSite(host) : links.options)}
        onOpenOptions={onOpenOptions}
      />
    );
  }
  const clauseHref = (id: string) => links.policy({ clause: id });
  return (
    <>
      <h2>
        {count} {count === 1 ? 'warning' : 'warnings'} in the post you are writing
      </h2>
      <ul class="findings-list">
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
      </ul>
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
          <OptionsLink
            href={links.options}
            onOpen={onOpenOptions && (() => onOpenOptions(links.options))}
          >
            Options
          </OptionsLink>
        </nav>
      </header>
      <WorkStatusPanel
        work={work}
        reminderClauses={topicClauses(pack)['working-hours'].flatMap(
          (id) => pack.clauses.find((c) => c.id === id) ?? [],
        )}
        optionsHref={links.options}
        onOpenOptions={onOpenOptions && (() => onOpenOptions(links.options))}
      />
      <section class="findings" aria-label="Warnings">
        <Findings tab={tab} pack={pack} links={links} onOpenOptions={onOpenOptions} />
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
