// The extension pages' addresses (CONTRACTS.md §4): popup.html?tab=N, policy.html#6.13,
// policy.html?q=friend%20request. Built and read in one place so links and pages agree.

export function policyPath(target: { clause?: string; query?: string } = {}): string {
  const query = target.query?.trim();
  const search = query ? `?q=${encodeURIComponent(query)}` : '';
  const hash = target.clause ? `#${target.clause}` : '';
  return `policy.html${search}${hash}`;
}

/** What policy.html was opened at: `location.search` and `location.hash`. */
export function readPolicyLocation(search: string, hash: string) {
  const query = new URLSearchParams(search).get('q') ?? '';
  let clause = hash.replace(/^#/, '');
  try {
    clause = decodeURIComponent(clause);
  } catch {
    // A malformed escape: keep the raw text, which simply matches no clause.
  }
  return { query, clause: clause || undefined };
}

/** The tab named by popup.html?tab=N, or undefined for "the active tab". */
export function readPopupTab(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}
