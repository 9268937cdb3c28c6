// Keeps training texts apart from every set they are measured on (data/tone/CARD.md): a
// training text that shares a run of six words with any text of the given sets is dropped.
// Words are compared lower-case with straight apostrophes, punctuation ignored, so "Not a dry
// eye in the house!" and "not a dry eye in the staffroom" share "not a dry eye in the".
// Prints the kept lines on standard output and, on standard error, how many were dropped and
// their ids only (never the set's words: some sets are held out, unread).
//   npx tsx scripts/tone-overlap.ts --against /work/eval/*/posts.jsonl /work/shared/corpus/*.jsonl \
//     -- /work/tone/t9a/t9a.jsonl > data/tone/t9a.jsonl
import { readFileSync } from 'node:fs';

const RUN = 6;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** Every run of six words in a text, each as one string. */
export function runsOf(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .match(WORD) ?? [];
  const runs: string[] = [];
  for (let i = 0; i + RUN <= words.length; i++) runs.push(words.slice(i, i + RUN).join(' '));
  return runs;
}

const texts = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });

const args = process.argv.slice(2);
const split = args.indexOf('--');
if (args[0] !== '--against' || split < 2 || split === args.length - 1) {
  process.stderr.write('usage: tone-overlap.ts --against SET.jsonl… -- TRAINING.jsonl…\n');
  process.exit(2);
}
const seen = new Set(args.slice(1, split).flatMap((f) => texts(f).flatMap((t) => runsOf(t.text))));
for (const file of args.slice(split + 1)) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const dropped: string[] = [];
  for (const line of lines) {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    if (runsOf(text).some((r) => seen.has(r))) dropped.push(id);
    else process.stdout.write(line + '\n');
  }
  process.stderr.write(
    `${file}: ${lines.length - dropped.length} kept, ${dropped.length} dropped (${dropped.join(', ')})\n`,
  );
}
