// A school's mapping from kinds and reminders to its policy's clauses (CONTRACTS.md §1) may only
// name clauses its policy has: a warning must never cite a number the policy lacks. Checked on
// the raw input, apart from the schema, so each wrong id is reported with its path.
import type { SettingsProblem } from './problem';

const MAPPING_FIELDS = ['kindClauses', 'reminderClauses', 'otherClauses'] as const;

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** `.defamation`, or `["phone-number"]` for a key that is not a plain name (as index.ts writes paths). */
const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

export function policyMappingProblems(input: unknown): SettingsProblem[] {
  const policy = isObject(input) ? input.policy : undefined;
  if (!isObject(policy) || !Array.isArray(policy.clauses)) return [];
  const ids = new Set(policy.clauses.map((c) => (isObject(c) ? c.id : undefined)));
  const problems: SettingsProblem[] = [];
  for (const field of MAPPING_FIELDS) {
    const mapping = policy[field];
    if (!isObject(mapping)) continue;
    for (const [topic, list] of Object.entries(mapping)) {
      if (!Array.isArray(list)) continue;
      list.forEach((id, i) => {
        if (typeof id === 'string' && !ids.has(id)) {
          problems.push({
            path: `policy.${field}${key(topic)}[${i}]`,
            message: `${id} is not a clause of this policy`,
          });
        }
      });
    }
  }
  return problems;
}
