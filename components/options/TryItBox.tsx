// A box to try a post in, right where the school's data was loaded: it warns as you type,
// with the same one-line warnings as the popup. The check runs in the background (the
// options page gets `check` as a prop), which also sends the text of the clauses cited, so
// this page carries neither the checker nor a copy of the policy.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../lib/engine/finding';
import type { TryCheckAnswer } from '../../lib/messaging/try-protocol';
import type { PolicyPack } from '../../lib/policy/types';
import { FindingCard, sortFindings } from '../popup/FindingCard';

export interface TryItBoxProps {
  check(text: string): Promise<TryCheckAnswer>;
  clauseHref: (id: string) => string;
  /** A first post to show, e.g. naming a pupil from the list just loaded. */
  example: string;
}

const EMPTY_PACK: PolicyPack = { format: 'policy-pack', version: 1, title: '', clauses: [] };

/** The pause after a keystroke before checking, as on the social sites (about 0.1 s). */
const PAUSE_MS = 120;

export function TryItBox({ check, clauseHref, example }: TryItBoxProps) {
  const [text, setText] = useState(example);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [pack, setPack] = useState<PolicyPack>(EMPTY_PACK);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const seq = ++latest.current;
    const timer = setTimeout(() => {
      check(text).then(
        (result) => {
          if (seq !== latest.current) return; // an older answer after a newer question
          setFailed(false);
          setFindings(result.findings);
          setPack({ ...EMPTY_PACK, clauses: result.clauses });
        },
        () => seq === latest.current && setFailed(true),
      );
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, check]);

  const summary = failed
    ? 'The check could not run. Reload this page and try again.'
    : findings === null
      ? 'Checking…'
      : findings.length === 0
        ? text.trim()
          ? 'No warnings for this text.'
          : 'Type a post to see what would be flagged.'
        : `${findings.length} ${findings.length === 1 ? 'warning' : 'warnings'}: each opens to say why, and which clause.`;

  return (
    <div class="try-it">
      <label for="try-it">Try a post</label>
      <p class="hint" id="try-it-hint">
        Write as you would on a social site. Nothing is posted or sent anywhere.
      </p>
      <textarea
        id="try-it"
        rows={3}
        aria-describedby="try-it-hint"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      {/* The live region is on the page before its first message, so that message is read. */}
      <p class="try-summary" role="status">
        {summary}
      </p>
      {findings?.length ? (
        <ul class="findings-list">
          {sortFindings(findings).map((finding) => (
            <FindingCard
              key={`${finding.kind}:${finding.start}`}
              finding={finding}
              pack={pack}
              clauseHref={clauseHref}
            />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
