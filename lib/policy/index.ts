// The policy pack the checker cites: the seed school's policy, parsed from its
// text by `npm run policy` (lib/policy/seed-pack.json), unless a school's
// settings carry their own pack; and which of its clauses each warning cites.
import type { PolicyClause, PolicyPack } from './types';

export {
  KIND_POLICY,
  SEED_REASONS,
  SEED_TOPIC_CLAUSES,
  type ClauseReason,
  type KindPolicy,
} from './kind-clauses';
export { parsePolicy, readPolicy, PolicyParseError, type PolicyReading } from './parse';
export { citationsFor, type Citation, type Citations } from './citations';
export { mappingFields, topicClauses, withFoundMapping } from './mapping';
export { citeText } from './cite-text';
export { seedPolicyPack, SEED_MAPPING } from './seed';

export function findClause(pack: PolicyPack, id: string): PolicyClause | undefined {
  return pack.clauses.find((c) => c.id === id);
}
