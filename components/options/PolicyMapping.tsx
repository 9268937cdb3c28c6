// The mapping a school reviews: for each kind of warning and each reminder, the clauses of its
// policy it cites, what those clauses say, and whether that came from the policy's text or
// from the school. Any row can be changed; an id the policy lacks is refused, never saved.
import { useEffect, useState } from 'preact/hooks';
import { autoMap } from '../../lib/policy/auto-map';
import { mappingFields, topicClauses, withFoundMapping } from '../../lib/policy/mapping';
import { TOPIC_IDS, TOPICS, type TopicId } from '../../lib/policy/topics';
import type { PolicyPack } from '../../lib/policy/types';
import { ErrorMessage } from './Problems';

export interface PolicyMappingProps {
  pack: PolicyPack;
  onSave(pack: PolicyPack): Promise<void>;
}

/** Enough of a clause to see what it is about. */
const SHOWN = 90;
const idsOf = (text: string) => text.split(/[\s,;]+/).filter(Boolean);
const drafts = (pack: PolicyPack) => {
  const current = topicClauses(pack);
  return Object.fromEntries(TOPIC_IDS.map((t) => [t, current[t].join(', ')])) as Record<
    TopicId,
    string
  >;
};

export function PolicyMapping({ pack, onSave }: PolicyMappingProps) {
  const [draft, setDraft] = useState(() => drafts(pack));
  const [errors, setErrors] = useState<Partial<Record<TopicId, string>>>({});
  const [status, setStatus] = useState('');
  // The page re-reads storage on any change and hands a new pack object each time: start again
  // only when what the table shows has changed, not on every re-read, or typing would be lost.
  const shown = JSON.stringify(drafts(pack));
  useEffect(() => {
    setDraft(drafts(pack));
    setErrors({});
  }, [shown]);

  const found = autoMap(pack);
  const clauseText = (id: string) => pack.clauses.find((c) => c.id === id)?.text;

  async function save() {
    const known = new Set(pack.clauses.map((c) => c.id));
    const wrong: Partial<Record<TopicId, string>> = {};
    for (const t of TOPIC_IDS) {
      const missing = idsOf(draft[t]).filter((id) => !known.has(id));
      if (missing.length) wrong[t] = `${missing.join(', ')}: not a clause of this policy`;
    }
    setErrors(wrong);
    if (Object.keys(wrong).length) {
      setStatus('');
      return;
    }
    const byTopic = Object.fromEntries(TOPIC_IDS.map((t) => [t, idsOf(draft[t])])) as Record<
      TopicId,
      string[]
    >;
    await onSave({ ...pack, ...mappingFields(byTopic) });
    setStatus('Saved which clauses each warning cites.');
  }

  return (
    <div class="policy-mapping">
      <table>
        <caption id="mapping-caption">Which clauses each warning and reminder cites</caption>
        <thead>
          <tr>
            <th scope="col">Warning or reminder</th>
            <th scope="col">Clauses</th>
            <th scope="col">What they say</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {TOPIC_IDS.map((t) => {
            const ids = idsOf(draft[t]);
            const same = ids.join() === found[t].join();
            return (
              <tr key={t} data-topic={t}>
                <th scope="row">{TOPICS[t].label}</th>
                <td>
                  <input
                    type="text"
                    aria-label={`${TOPICS[t].label}: clauses`}
                    value={draft[t]}
                    size={10}
                    onInput={(e) => setDraft({ ...draft, [t]: e.currentTarget.value })}
                  />
                  <ErrorMessage message={errors[t] ?? null} />
                </td>
                <td>
                  {ids.length === 0 ? (
                    <em>No clause: the warning says your policy has none.</em>
                  ) : (
                    ids.map((id) => {
                      const text = clauseText(id);
                      return (
                        <p key={id} class="mapped-clause">
                          <strong>{id}</strong>{' '}
                          {text
                            ? text.length > SHOWN
                              ? `${text.slice(0, SHOWN).trimEnd()}…`
                              : text
                            : '(not in this policy)'}
                        </p>
                      );
                    })
                  )}
                </td>
                <td>{same ? 'the policy’s text' : 'your school'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={() => void save()}>
        Save these clauses
      </button>{' '}
      <button
        type="button"
        onClick={() =>
          void onSave(withFoundMapping(pack)).then(() =>
            setStatus('Found the clauses again from the policy’s text.'),
          )
        }
      >
        Find them again from the policy’s text
      </button>
      <p role="status">{status}</p>
    </div>
  );
}
