// Reads the scanner's batch input: one `{"id": ..., "text": ...}` a line
// (CONTRACTS.md §3). Every bad line is reported with its line number before
// anything is checked, so a bad file never yields a partial result.
import { locateJsonError } from '../../lib/settings/json';

export interface Post {
  id: unknown;
  text: string;
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
    const { id, text } = value as Record<string, unknown>;
    if (typeof text !== 'string') problems.push(`${where}: "text" must be text`);
    else if (typeof id !== 'string' && typeof id !== 'number') {
      problems.push(`${where}: "id" must be text or a number`);
    } else posts.push({ id, text });
  });
  return problems.length ? { ok: false, problems } : { ok: true, posts };
}
