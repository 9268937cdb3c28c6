// The seed policy's clause 5.5 (never attack, insult, abuse or defame pupils,
// families, colleagues, other professionals, organisations, the school or the
// council) and 5.2 (disrepute); allegations also cite the law on defamation (its
// 3.3 and 3.4). Each school's policy decides its own clauses (lib/policy/citations.ts).
// A nudge, worded as a question: it cannot know tone.
// A cheap gate first (a target word, or a name another check found, anywhere in
// the line); then each sentence is read by the rules (lib/disparaging/judge.ts)
// for who it is about, and by the tone model (lib/disparaging/tone/) for
// whether it attacks them. Most attacks carry no insult word ("funny how her
// lot always get the trips"), so the model, not a word list, decides.
import { buildLexicon, mentionsTarget, type Lexicon, type TargetHit } from '../disparaging/lexicon';
import { toneFeatures } from '../disparaging/tone/features';
import type { EncodedModel } from '../disparaging/tone/encoded';
import { readModel, type ToneScorer, warns } from '../disparaging/tone/model';
import { lineSignals, textSignals } from '../disparaging/tone/signals';
import { SentenceScores } from '../disparaging/tone/score-cache';
import { remarkEnd } from '../disparaging/remark';
import { MAY_POINT_BACK, threadTarget, type Antecedent } from '../disparaging/thread';
import type { Finding, Hit } from '../engine/finding';
import type { Fired, UnitDecision } from '../engine/trace';
import type { Span } from '../text/span';
import { defineDetector } from '../engine/detector';
import { lowerAscii, straightenApostrophes } from '../text/fold';

/** What the name detectors found, as targets of 5.5. */
const KNOWN_TARGETS: Partial<Record<Finding['kind'], string>> = {
  'pupil-name': 'a pupil',
  'child-reference': 'a pupil',
  'staff-name': 'a colleague',
  'school-identifier': 'the school',
};

const TWO_LETTERS = /[A-Za-z]{2}/;

/** The rules that decide a sentence, as findings and `--explain` name them. */
export const RULES = {
  /** The tone model's probability reached the threshold. */
  model: 'disparaging/tone-model',
  /** An insult word aimed at a target, with the model not far below its threshold. */
  insult: 'disparaging/insult-aimed',
  /** No tone model (a damaged data file): the rules alone. */
  rules: 'disparaging/rules-only',
  /** A line quoted from the post being answered ("> Our head says…"): not the writer's words. */
  quoted: 'disparaging/quoted-reply',
  /** A sentence naming the target and the comments that point back to it, warned as one. */
  setup: 'disparaging/setup-and-comment',
  /** A sentence naming the target and the comments after it with no target of their own. */
  remark: 'disparaging/remark',
} as const;

/** Lines that open on ">": a reply quoting the post it answers, in forums and email. */
function quotedLines(text: string): Span[] {
  if (!text.includes('>')) return [];
  const lines: Span[] = [];
  for (const m of text.matchAll(/^[ \t]*>[^\n]*/gm))
    lines.push({ start: m.index, end: m.index + m[0].length });
  return lines;
}

/** A probability as a trace shows it: 0.753, not 0.7526094692811037. */
const round = (p: number) => Math.round(p * 1000) / 1000;

function decision(
  span: Span,
  verdict: 'flagged' | 'quiet',
  rule: string,
): Pick<UnitDecision, 'kind' | 'start' | 'end' | 'verdict' | 'rule'> {
  return { kind: 'disparaging', start: span.start, end: span.end, verdict, rule };
}

/** What a checker keeps for this detector: the lists for its school, and its own tone model. */
interface Compiled {
  lexicon: Lexicon;
  /** Opened when a sentence first needs it, never before; its weights are read as sentences
   * need them (tone/model.ts readModel). */
  model: () => ToneScorer | undefined;
  /** Each sentence's probability, kept between checks (tone/score-cache.ts). */
  scores: SentenceScores;
  /** The group of the thread being replied to, read once per thread: it is the same for
   * every keystroke of one reply. */
  threadGroup: (thread: string) => Antecedent | undefined;
}

function lastThread(lexicon: Lexicon): (thread: string) => Antecedent | undefined {
  let last: { thread: string; group: Antecedent | undefined } | undefined;
  return (thread) => {
    if (last?.thread !== thread) last = { thread, group: threadTarget(thread, lexicon) };
    return last.group;
  };
}

function lazyModel(encoded: EncodedModel | undefined): () => ToneScorer | undefined {
  let model: ToneScorer | undefined;
  return () => (encoded ? (model ??= readModel(encoded)) : undefined);
}

export default defineDetector<Compiled>({
  id: 'disparaging',
  raises: ['disparaging'],
  // The people and the school the other checks found are targets of an attack.
  reads: ['pupil-name', 'child-reference', 'staff-name', 'school-identifier'],
  description:
    'A sentence that attacks, insults, mocks or defames pupils, families, colleagues, other professionals or the school.',
  // The text a reply answers: only to say who its "she", "they" or "you" is (thread.ts).
  readsThread: true,
  compile: (settings, { data }) => {
    const lexicon = buildLexicon(
      [settings.school.name, ...settings.school.aliases].filter((n) => n.trim().length > 2),
      settings.school.localAuthority ? [settings.school.localAuthority] : [],
      data.acts,
    );
    return {
      lexicon,
      model: lazyModel(data.toneModel),
      scores: new SentenceScores(),
      threadGroup: lastThread(lexicon),
    };
  },
  prepare: (compiled) => void compiled.model(),
  detect(raw, { lexicon, model: toneModel, scores, threadGroup }, { earlier, thread, trace }) {
    // Every act has a word of two letters or more: lines without one end here.
    if (!TWO_LETTERS.test(raw)) return [];
    const text = straightenApostrophes(raw);
    const known: TargetHit[] = [];
    for (const f of earlier) {
      const label = KNOWN_TARGETS[f.kind];
      if (label)
        known.push({ start: f.start, end: f.end, label, named: f.kind !== 'school-identifier' });
    }
    const lower = lowerAscii(text);
    // A reply that names nobody may still point at who the thread is about.
    const group = thread && MAY_POINT_BACK.test(lower) ? threadGroup(thread) : undefined;
    if (!known.length && group === undefined && !mentionsTarget(lexicon, lower, text)) return [];
    const model = toneModel();
    const sentences = lineSignals(text, lower, lexicon, known, group);
    const quoted = quotedLines(text);
    const inQuote = (at: number) => quoted.some((q) => at >= q.start && at < q.end);
    const hits: Hit[] = [];
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!;
      if (s.target === undefined) continue;
      if (inQuote(s.start)) {
        trace?.({
          ...decision(s, 'quiet', RULES.quoted),
          fired: [{ rule: RULES.quoted, said: 'quiet' }],
        });
        continue;
      }
      // Without its model (a damaged data file) the check warns where the rules alone would.
      const sentence = text.slice(s.start, s.end);
      const p = model
        ? scores.get(sentence, s.signals, () =>
            model.probability(toneFeatures(sentence, s.signals)),
          )
        : undefined;
      // The comments after it that name no target of their own, read with it as one remark
      // (disparaging/remark.ts): "…arrived today. Forty pages written by people who have never…"
      const last = remarkEnd(sentences, i, (next) => inQuote(next.start));
      let remark: number | undefined;
      if (model && last > i) {
        const read = sentences.slice(i, last + 1);
        const signals = textSignals(read);
        const whole = text.slice(s.start, sentences[last]!.end);
        remark = scores.get(whole, signals, () => model.probability(toneFeatures(whole, signals)));
      }
      // The remark is warned when it reads as an attack, or its first sentence alone does.
      const best = remark === undefined ? p : Math.max(p!, remark);
      const flagged = model ? warns(model, best!, s.signals) : s.signals.rulesAttack;
      let rule: string = !model
        ? RULES.rules
        : best! >= model.threshold
          ? RULES.model
          : RULES.insult;
      // A sentence that names its target and a comment that points back at it are one remark:
      // "The new deputy announced another rota. He's never planned one himself." The warning
      // covers both, so the comment is marked even when the setup alone scored high enough.
      let end = s.end;
      if (flagged && remark !== undefined && remark >= model!.threshold) {
        end = sentences[last]!.end;
        rule = RULES.remark;
        i = last;
      } else if (flagged && s.signals.introduces) {
        for (let j = i + 1; j < sentences.length; j++) {
          const next = sentences[j]!;
          if (!next.signals.carried || inQuote(next.start)) break;
          end = next.end;
          rule = RULES.setup;
          i = j;
        }
      }
      const fired: Fired[] = p === undefined ? [] : [{ rule: RULES.model, said: round(p) }];
      if (remark !== undefined) fired.push({ rule: RULES.remark, said: round(remark) });
      trace?.({
        ...decision(
          { start: s.start, end },
          flagged ? 'flagged' : 'quiet',
          flagged ? rule : RULES.model,
        ),
        fired,
        ...(best !== undefined
          ? { score: { total: round(best), threshold: model!.threshold } }
          : {}),
      });
      if (!flagged) continue;
      hits.push({
        kind: 'disparaging',
        start: s.start,
        end,
        rule,
        reason: s.claim
          ? `This could read as an allegation against ${s.target}. Could it be defamatory?`
          : `This could read as an attack on ${s.target}.`,
        ...(s.claim ? { cites: ['disparaging' as const, 'defamation' as const] } : {}),
      });
    }
    return hits;
  },
});
