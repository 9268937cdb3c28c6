// `npm run scan -- --explain`: every candidate the checker considered, flagged or
// left quiet, with the id of the rule that decided and the others that fired
// (CONTRACTS.md §3). The score terms of a name that is also a word are listed with
// their weights, so a quiet decision can be followed to its cause.
import type { Decision } from '../../lib/engine/trace';
import { lineAndColumn } from '../../lib/settings/json';

function said(f: Decision['fired'][number]): string {
  const what = typeof f.said === 'number' ? (f.said > 0 ? `+${f.said}` : `${f.said}`) : f.said;
  return `${f.rule} ${what}${f.late ? ' (after)' : ''}`;
}

const weight = (w: number) => (w > 0 ? `+${w}` : `${w}`);

/** The names model's evidence: "model p 0.07: w-1:reading -1.2; verdict:flagged +0.9". */
function modelLine({ probability, top }: NonNullable<Decision['model']>): string {
  const features = top.map(
    (c) => `${c.feature.replace(/^(?:flagged|quiet)\|/, '')} ${weight(c.weight)}`,
  );
  return `model p ${probability}${features.length ? `: ${features.join('; ')}` : ''}`;
}

/** What a warning says of itself: where it is and the rule that raised it. */
interface Raised {
  start: number;
  text: string;
  kind: string;
  rule?: string;
}

/** Warnings no candidate above accounts for (an invitation, a phone number), each with the
 * id of the rule that raised it: "1:37  "text me"  parent-contact  by
 * parent-contact/instead-of-official". */
function ruleLines(text: string, trace: Decision[], findings: readonly Raised[]): string[] {
  const decided = new Set(trace.map((d) => `${d.kind}@${d.start}`));
  const rest = findings.filter((f) => !decided.has(`${f.kind}@${f.start}`));
  if (rest.length === 0) return [];
  const out = ['', `Other warnings and their rules: ${rest.length}`];
  for (const f of [...rest].sort((a, b) => a.start - b.start)) {
    const { line, column } = lineAndColumn(text, f.start);
    out.push(
      `  ${line}:${column}  "${f.text.replace(/\s+/g, ' ')}"  ${f.kind}  by ${f.rule ?? f.kind}`,
    );
  }
  return out;
}

export function formatExplanation(
  text: string,
  trace: Decision[],
  findings: readonly Raised[] = [],
): string {
  const out = ['', `Candidates considered: ${trace.length}`];
  const sorted = [...trace].sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
  for (const d of sorted) {
    const { line, column } = lineAndColumn(text, d.start);
    const score = d.score ? `  score ${d.score.total} (needs ${d.score.threshold})` : '';
    out.push(
      `  ${line}:${column}  "${d.text.replace(/\s+/g, ' ')}"  ${d.kind}  ${d.verdict.toUpperCase()} by ${d.rule}${score}`,
    );
    const others = d.fired.filter((f) => f.rule !== d.rule);
    if (others.length) out.push(`      ${others.map(said).join('; ')}`);
    if (d.model) out.push(`      ${modelLine(d.model)}`);
  }
  out.push(...ruleLines(text, trace, findings));
  return out.join('\n') + '\n';
}
