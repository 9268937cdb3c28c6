// The policy pack the checker cites: the seed school's policy, parsed from its
// text by `npm run policy` (lib/policy/seed-pack.json), unless a school's
// settings carry their own pack.
import type { PolicyClause, PolicyPack } from './types';
import seed from './seed-pack.json';

export {
  clauseReason,
  KIND_POLICY,
  SPECIAL_CLAUSES,
  type ClauseReason,
  type KindPolicy,
} from './kind-clauses';
export { parsePolicy, PolicyParseError } from './parse';

export const seedPolicyPack: PolicyPack = seed as PolicyPack;

export function findClause(pack: PolicyPack, id: string): PolicyClause | undefined {
  return pack.clauses.find((c) => c.id === id);
}
