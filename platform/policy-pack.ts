// The policy the popup, policy page and reminders cite: the school's own pack from its
// settings file, else the built-in seed policy.
// The seed module, not lib/policy's index: pages that show the policy need none of the rest.
import { seedPolicyPack } from '../lib/policy/seed';
import type { PolicyPack } from '../lib/policy/types';
import type { SchoolSettings } from '../lib/settings/types';

export function policyPackFor(settings: SchoolSettings | null | undefined): PolicyPack {
  return settings?.policy ?? seedPolicyPack;
}
