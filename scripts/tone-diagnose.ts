// Where the disparaging check loses an attack, or warns a clean post: to the target finder
// (no protected target found for the sentence, so the model is never asked) or to the model
// (a target was found, the probability fell short or went too high). Prints one row per
// missed gold span and per false alarm, then a count by cause.
//   npm run -s diagnose:tone -- --settings S.json --jsonl posts.jsonl [--rows]
// Each sentence is read as the detector reads it (lib/detectors/disparaging.ts): the other
// checks' names as known targets, lineSignals for the target, the shipped model for the
// probability. "pronoun" means the target came from earlier in the post (she/they/a topic, or
// the sentence before a comment read with it as one remark, lib/disparaging/remark.ts).
import { SHIPPED_ACTS } from '../lib/disparaging/acts';
import { readFileSync } from 'node:fs';
import { createChecker, SHIPPED_DATA } from '../lib/engine';
import { splitIntoUnits } from '../lib/engine/units';
import { parseSettingsJson } from '../lib/settings';
import { buildLexicon, type TargetHit } from '../lib/disparaging/lexicon';
import { lowerAscii, straightenApostrophes } from '../lib/text/fold';
import { lineSignals, textSignals } from '../lib/disparaging/tone/signals';
import { remarkEnd } from '../lib/disparaging/remark';
import { toneFeatures } from '../lib/disparaging/tone/features';
import { readModel, warns } from '../lib/disparaging/tone/model';
import { overlaps as overlap } from '../lib/text/span';

const args = process.argv.slice(2);
const arg = (name: string) => args[args.indexOf(name) + 1]!;
const parsed = parseSettingsJson(readFileSync(arg('--settings'), 'utf8'));
if (!parsed.ok) throw new Error('bad settings');
const settings = parsed.settings;
const checker = createChecker(settings);
const lexicon = buildLexicon(
  [settings.school.name, ...settings.school.aliases].filter((n) => n.trim().length > 2),
  settings.school.localAuthority ? [settings.school.localAuthority] : [],
  SHIPPED_ACTS,
);
const model = readModel(SHIPPED_DATA.toneModel!);
const KNOWN: Record<string, string> = {
  'pupil-name': 'a pupil',
  'child-reference': 'a pupil',
  'staff-name': 'a colleague',
  'school-identifier': 'the school',
};

interface Read {
  start: number;
  end: number;
  how: 'direct' | 'pronoun' | 'none';
  target?: string;
  p: number;
  warned: boolean;
}
interface Gold {
  kind: string;
  start: number;
  end: number;
}

const rows: string[] = [];
const counts = new Map<string, number>();
const count = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const cut = SHIPPED_DATA.toneModel!.threshold;
const band = (p: number) =>
  p >= cut ? `≥${cut}` : p >= 0.5 ? `.50-${cut}` : p >= 0.3 ? '.30-.50' : '<.30';

for (const line of readFileSync(arg('--jsonl'), 'utf8').split('\n').filter(Boolean)) {
  const post = JSON.parse(line) as { id: string; text: string; expect: Gold[] };
  const reads: Read[] = [];
  for (const unit of splitIntoUnits(post.text)) {
    const text = straightenApostrophes(unit.text);
    const known: TargetHit[] = checker
      .check(unit.text)
      .filter((f) => KNOWN[f.kind])
      .map((f) => ({
        start: f.start,
        end: f.end,
        label: KNOWN[f.kind]!,
        named: f.kind !== 'school-identifier',
      }));
    const sentences = lineSignals(text, lowerAscii(text), lexicon, known);
    sentences.forEach((s, i) => {
      let p = model.probability(toneFeatures(text.slice(s.start, s.end), s.signals));
      // A sentence with a target is read with the comments after it, as the detector reads it.
      const last = s.target === undefined ? i : remarkEnd(sentences, i);
      if (last > i) {
        const whole = text.slice(s.start, sentences[last]!.end);
        const remark = model.probability(
          toneFeatures(whole, textSignals(sentences.slice(i, last + 1))),
        );
        p = Math.max(p, remark);
        if (remark >= model.threshold && warns(model, p, s.signals))
          for (const c of sentences.slice(i + 1, last + 1))
            reads.push({
              start: c.start + unit.start,
              end: c.end + unit.start,
              how: 'pronoun',
              target: s.target,
              p: remark,
              warned: true,
            });
      }
      reads.push({
        start: s.start + unit.start,
        end: s.end + unit.start,
        how:
          s.target === undefined
            ? 'none'
            : s.signals.carried && !s.signals.targets.length
              ? 'pronoun'
              : 'direct',
        target: s.target,
        p,
        warned: s.target !== undefined && warns(model, p, s.signals),
      });
    });
  }
  const gold = post.expect.filter((g) => g.kind === 'disparaging');
  for (const g of gold) {
    const mine = reads.filter((r) => overlap(r, g));
    if (mine.some((r) => r.warned)) {
      count('hit');
      continue;
    }
    // The sentence the model liked best, and how its target was found.
    const best = mine.reduce<Read | undefined>((b, r) => (!b || r.p > b.p ? r : b), undefined);
    const targeted = mine.filter((r) => r.how !== 'none');
    const cause = targeted.length
      ? `miss: target ${targeted.some((r) => r.how === 'direct') ? 'direct' : 'pronoun'}, model p ${band(Math.max(...targeted.map((r) => r.p)))}`
      : `miss: no target, model p ${band(best?.p ?? 0)}`;
    count(cause);
    rows.push(
      `${post.id}\t${cause}\t${targeted.map((r) => r.target).join('|') || '-'}\t${(best?.p ?? 0).toFixed(2)}\t${post.text.slice(g.start, g.end).slice(0, 140)}`,
    );
  }
  for (const r of reads.filter((x) => x.warned && !gold.some((g) => overlap(x, g)))) {
    const cause = `false alarm: target ${r.how}, model p ${band(r.p)}${gold.length ? ' (post has gold)' : ''}`;
    count(cause);
    rows.push(
      `${post.id}\t${cause}\t${r.target}\t${r.p.toFixed(2)}\t${post.text.slice(r.start, r.end).slice(0, 140)}`,
    );
  }
}
if (args.includes('--rows'))
  console.log(rows.sort((a, b) => a.split('\t')[1]!.localeCompare(b.split('\t')[1]!)).join('\n'));
for (const [k, n] of [...counts].sort()) console.log(`${String(n).padStart(4)}  ${k}`);
