// The options page's try-it box asks the background to check a sample post, so the page
// needs neither the checker (about 700 KB with its word lists) nor a second copy of the
// settings in memory. Only the extension's own pages may ask (platform/background/try-check.ts).
import type { Finding } from '../engine/finding';
import type { PolicyClause } from '../policy/types';

/** Longest text the try-it box sends: a long post, not a document. */
export const TRY_TEXT_LIMIT = 5000;

/** Extension page → background, with runtime.sendMessage. */
export interface TryCheckRequest {
  type: 'try-check';
  text: string;
}

export interface TryCheckAnswer {
  findings: Finding[];
  /** The clauses those findings cite, so the page needs no copy of the policy. */
  clauses: PolicyClause[];
}

export function isTryCheckRequest(message: unknown): message is TryCheckRequest {
  const m = message as Partial<TryCheckRequest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'try-check' &&
    typeof m.text === 'string' &&
    m.text.length <= TRY_TEXT_LIMIT
  );
}
