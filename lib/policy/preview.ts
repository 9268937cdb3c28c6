// What the options page shows before a policy is saved: the parse and its doubts, or why there
// is nothing to show. One module, so the page can load the parser only when it is needed.
import { policyDoubts, type Doubt } from './doubts';
import { PolicyParseError, readPolicy, type PolicyReading } from './parse';

export type PolicyPreviewResult =
  { ok: true; reading: PolicyReading; doubts: Doubt[] } | { ok: false; error: string };

export function previewPolicy(text: string): PolicyPreviewResult {
  try {
    const reading = readPolicy(text);
    return { ok: true, reading, doubts: policyDoubts(reading) };
  } catch (error) {
    if (!(error instanceof PolicyParseError)) throw error;
    return {
      ok: false,
      error:
        "no numbered clauses were found (the checker needs the policy's clause numbers, such as 4.2).",
    };
  }
}
