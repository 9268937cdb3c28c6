import { describe, expect, it } from 'vitest';
import sample from '../../lib/sample/sample-settings.json';
import { isTryCheckRequest, TRY_TEXT_LIMIT } from '../../lib/messaging/try-protocol';
import type { SchoolSettings } from '../../lib/settings/types';
import { createTryChecker } from './try-check';
import { SHIPPED_DATA } from '../../lib/engine';

describe('try-it checks', () => {
  it('follow the settings as they are now, not as they were', async () => {
    let settings: SchoolSettings | null = null;
    const check = createTryChecker(
      async () => settings,
      async () => SHIPPED_DATA,
    );
    const post = 'Well done Millie today.';
    // No school yet: nothing here for the generic checks.
    expect((await check(post)).findings).toEqual([]);
    settings = sample as unknown as SchoolSettings;
    const answer = await check(post);
    expect(answer.findings.map((f) => f.kind)).toEqual(['pupil-name']);
    // With the text of exactly the clauses it cites.
    expect(answer.clauses.map((c) => c.id)).toEqual(answer.findings[0]!.clauses);
    expect(answer.clauses[0]!.text).toMatch(/^You must not discuss personal information/);
  });

  it('accept only a try-check with text of a post’s length', () => {
    expect(isTryCheckRequest({ type: 'try-check', text: 'Hello' })).toBe(true);
    expect(isTryCheckRequest({ type: 'try-check', text: 'x'.repeat(TRY_TEXT_LIMIT + 1) })).toBe(
      false,
    );
    expect(isTryCheckRequest({ type: 'try-check' })).toBe(false);
    expect(isTryCheckRequest({ type: 'get-tab-findings', tabId: 1 })).toBe(false);
    expect(isTryCheckRequest(null)).toBe(false);
  });
});
