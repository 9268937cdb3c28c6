// The policy the background cites and opens: the school's own pack from its settings, else
// the seed's, read with the checker's data (data/checker-data.json, checker-data.ts) rather
// than imported: lib/policy/seed.ts would put its 27 KB of clause text in background.js, which
// a woken worker loads before its first answer. The extension's pages, which show the policy,
// import the seed (platform/policy-pack.ts).
import type { PolicyPack } from '../../lib/policy/types';
import type { SchoolSettings } from '../../lib/settings/types';
import { loadEffectiveSettings } from '../settings-source';
import { loadCheckerData } from './checker-data';

export async function policyInUse(
  settings: SchoolSettings | null | undefined,
): Promise<PolicyPack> {
  return settings?.policy ?? (await loadCheckerData()).seedPolicy;
}

/** Whether the policy in use has this clause: links from a page's process to any other are refused. */
export async function clauseExists(
  clause: string,
  settings: Promise<SchoolSettings | null> = loadEffectiveSettings(),
): Promise<boolean> {
  return (await policyInUse(await settings)).clauses.some((c) => c.id === clause);
}
