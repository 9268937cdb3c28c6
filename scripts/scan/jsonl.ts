// Reads the scanner's batch input: one `{"id": ..., "text": ...}` a line
// (CONTRACTS.md §3), with an optional `"thread"`: the text the post replies to, as the
// extension reads it from the page (CheckOptions.thread). Every bad line is reported with its
// line number before anything is checked, so a bad file never yields a partial result.
import { locateJsonError } from '../../lib/settings/json';

export interface Post {
  id: unknown;
  text: string;
  thread?: string;
}

export type JsonlResult = { ok: true; posts: Post[] } | { ok: false; problems: string[] };

export function readJsonl(source: string, name: string): JsonlResult {
  const posts: Post[] = [];
  const problems: string[] = [];
  source.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '').replace(i === 0 ? /^\uFEFF/ : /^$/, '');
    if (line.trim() === '') return;
    const where = `${name}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const spot = locateJsonError(line);
      problems.push(
        spot
          ? `${where}:${spot.column}: not valid JSON: ${spot.message}`
          : `${where}: not valid JSON: ${(error as Error).message}`,
      );
      return;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${where}: expected an object such as {"id": "post-1", "text": "..."}`);
      return;
    }
    const { id, text, thread } = value as Record<string, unknown>;
    if (typeof text !== 'string') problems.push(`${where}: "text" must be text`);
    else if (typeof id !== 'string' && typeof id !== 'number') {
      problems.push(`${where}: "id" must be text or a number`);
    } else if (thread !== undefined && typeof thread !== 'string') {
      problems.push(`${where}: "thread" must be text`);
    } else posts.push(thread === undefined ? { id, text } : { id, text, thread });
  });
  return problems.length ? { ok: false, problems } : { ok: true, posts };
}
