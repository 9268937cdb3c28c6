// The policy the popup and the policy page show: the school's own pack from its settings
// file, else the built-in seed policy. The background reads the seed from its data file
// instead (platform/background/policy-in-use.ts).
// The seed module, not lib/policy's index: pages that show the policy need none of the rest.
import { seedPolicyPack } from '../lib/policy/seed';
import type { PolicyPack } from '../lib/policy/types';
import type { SchoolSettings } from '../lib/settings/types';

export function policyPackFor(settings: SchoolSettings | null | undefined): PolicyPack {
  return settings?.policy ?? seedPolicyPack;
}
