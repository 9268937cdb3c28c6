// The policy the popup, policy page and reminders cite: the school's own pack from its
// settings file, else the built-in seed policy.
// The seed module, not lib/policy's index: pages that show the policy need none of the rest.
import { seedPolicyPack } from '../lib/policy/seed';
import type { PolicyPack } from '../lib/policy/types';
import type { SchoolSettings } from '../lib/settings/types';
import { loadEffectiveSettings } from './settings-source';

export function policyPackFor(settings: SchoolSettings | null | undefined): PolicyPack {
  return settings?.policy ?? seedPolicyPack;
}

/** Whether the policy in use has this clause: links from a page's process to any other are refused. */
export async function clauseExists(
  clause: string,
  settings: Promise<SchoolSettings | null> = loadEffectiveSettings(),
): Promise<boolean> {
  return policyPackFor(await settings).clauses.some((c) => c.id === clause);
}
