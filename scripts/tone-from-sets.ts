// Turns evaluation sets that have been studied (their first look recorded, their errors read)
// into tone training texts: each post is one text, labelled 1 when it holds a `disparaging`
// span, else 0. The sets label spans, not target groups, so an attack's `target` is
// "unlabelled"; training reads only `text` and `label` (scripts/train-tone.ts).
//   npx tsx scripts/tone-from-sets.ts /work/eval/tone-ha/posts.jsonl … > data/tone/e1.jsonl
// Why whole posts: the detector judges a post sentence by sentence, and the model learns
// from the sentences of an attack that have a target (multi-instance), so a long post whose
// third sentence attacks teaches that sentence, and its clean sentences teach nothing false.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';

interface Post {
  id: string;
  text: string;
  expect: { kind: string }[];
  note?: string;
}

const files = process.argv.slice(2);
if (!files.length) {
  process.stderr.write('usage: tone-from-sets.ts SET/posts.jsonl…\n');
  process.exit(2);
}
for (const file of files) {
  const set = basename(dirname(file));
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const post = JSON.parse(line) as Post;
    const label = post.expect.some((e) => e.kind === 'disparaging') ? 1 : 0;
    process.stdout.write(
      JSON.stringify({
        id: post.id,
        text: post.text,
        label,
        target: label ? 'unlabelled' : 'none',
        form: 'studied-evaluation-post',
        voice: set,
      }) + '\n',
    );
  }
}
