// The grouped list: the same name or number flagged nine times in a long post is one entry
// with a count ("Millie ×9"), not nine. Pure, so it is tested without a page.
import type { Finding } from '../../lib/engine/finding';

export interface FindingGroup {
  /** Stable while the group lasts: the kind and the folded text. */
  key: string;
  /** The first in the text, with the group's most serious severity and restriction. */
  finding: Finding;
  /** Every finding in the group, in the order of the text. */
  all: Finding[];
}

/**
 * What makes two warnings the same: the kind, and the text folded the way a person reads it.
 * A name by case and spacing ("MILLIE", "Millie"); a number, email or identifier by its letters
 * and digits alone ("07700 900123" and "07700-900-123" are one number). Disparaging sentences
 * differ by what they say, so only identical ones group.
 */
export function groupKey(finding: Finding): string {
  const folded = finding.text.normalize('NFKC').toLowerCase();
  const text =
    finding.kind === 'phone-number' || finding.kind === 'pupil-identifier'
      ? folded.replace(/[^\p{L}\p{N}+]/gu, '')
      : folded.replace(/\s+/g, ' ').trim();
  return `${finding.kind}:${text}`;
}

const RANK = { high: 1, medium: 2, low: 3 } as const;
const rank = (f: Finding) => (f.restricted ? 0 : RANK[f.severity]);

/** Do-not-name pupils first, then the most serious, then in the order of the text. */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => rank(a) - rank(b) || a.start - b.start);
}

/** The findings grouped, each group once, most serious first, then by first place in the text. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    const key = groupKey(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const result = [...groups].map(([key, all]) => {
    const worst = orderFindings(all)[0]!;
    const first = all[0]!;
    return {
      key,
      finding: {
        ...first,
        severity: worst.severity,
        ...(worst.restricted ? { restricted: true as const } : {}),
      },
      all,
    };
  });
  return result.sort(
    (a, b) => rank(a.finding) - rank(b.finding) || a.finding.start - b.finding.start,
  );
}

/** The distinct texts of a group: one dismissal each forgets the whole group. */
export function distinctTexts(group: FindingGroup): Finding[] {
  const seen = new Set<string>();
  // The background forgets a dismissed text whatever its case (check-service.ts).
  return group.all.filter((f) => {
    const text = f.text.toLowerCase();
    return !seen.has(text) && seen.add(text);
  });
}
