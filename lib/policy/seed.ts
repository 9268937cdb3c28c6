// The seed school's policy pack: its clauses as `npm run policy` reads them from its text
// (lib/policy/seed-pack.json), with the mapping the seed school keeps (lib/policy/kind-clauses.ts)
// rather than the one its text would give, so its warnings cite what they always have.
import { KIND_POLICY, SEED_TOPIC_CLAUSES } from './kind-clauses';
import seed from './seed-pack.json';
import type { PolicyPack } from './types';

const ids = (reasons: { id: string }[]) => reasons.map((r) => r.id);
const { defamation, 'photo-location': photoLocation, ...reminders } = SEED_TOPIC_CLAUSES;

export const SEED_MAPPING = {
  kindClauses: Object.fromEntries(
    Object.entries(KIND_POLICY).map(([kind, policy]) => [kind, ids(policy.clauses)]),
  ),
  reminderClauses: Object.fromEntries(
    Object.entries(reminders).map(([reminder, reasons]) => [reminder, ids(reasons)]),
  ),
  otherClauses: { defamation: ids(defamation), 'photo-location': ids(photoLocation) },
} satisfies Pick<PolicyPack, 'kindClauses' | 'reminderClauses' | 'otherClauses'>;

export const seedPolicyPack: PolicyPack = { ...(seed as PolicyPack), ...SEED_MAPPING };
