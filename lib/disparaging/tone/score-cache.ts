// The tone model's probability for a sentence, remembered by the checker. A line of up to 300
// characters is checked whole (lib/engine/units.ts), so each keystroke at the end of a tweet
// re-reads every sentence before it: "Such a proud moment at #OldParkPrimary…" was hashed
// into its features again, a third of the disparaging check's time on such a keystroke,
// though neither it nor its signals had changed. The probability depends on nothing else
// (tone/features.ts), so the remembered one is the one the model would give. That holds for a
// reply too: the thread it answers (lib/disparaging/thread.ts) reaches the model only through
// the signals ("carried"), which are in the key, so "They should be ashamed" scored under one
// thread is never reused for another unless the model would see exactly the same. (Which group
// the warning names is not cached here; the engine keys its pieces on the thread.)
import type { ToneSignals } from './features';

/** Enough for the sentences of the posts being written in a few tabs. */
const MAX_SENTENCES = 512;

export class SentenceScores {
  private readonly scores = new Map<string, number>();

  /** The probability of `sentence` with `signals`: remembered, or `score()` remembered. */
  get(sentence: string, signals: ToneSignals, score: () => number): number {
    const key = `${JSON.stringify(signals)}\n${sentence}`;
    let probability = this.scores.get(key);
    if (probability === undefined) {
      probability = score();
      if (this.scores.size >= MAX_SENTENCES) this.scores.delete(this.scores.keys().next().value!);
      this.scores.set(key, probability);
    }
    return probability;
  }
}
