// How a warning names what it cites, in a line: "clause 6.9", "clauses 4.3 and 4.4", or that
// the school's policy has none on it. Its own module so a content script can use it without
// the policy data.

export function citeText(ids: readonly string[]): string {
  if (ids.length === 0) return "your school's policy has no clause on this";
  if (ids.length === 1) return `clause ${ids[0]}`;
  return `clauses ${ids.slice(0, -1).join(', ')} and ${ids.at(-1)}`;
}
