// The other-language invitations (parent-contact/other-language) cost a long alternation over
// the whole line: an English post, or one that names no personal channel and gives no number,
// must not build it. A deterministic proxy for their cost: what is built when.
import { describe, expect, it, vi } from 'vitest';
import { hollybrook } from '../../test/fixtures/contact-schools';

describe('parent-contact other-language patterns', () => {
  it('are built only for a line that names a channel and holds a word of such an invitation', async () => {
    vi.resetModules();
    const { phrasesOf } = await import('./parent-contact');
    const { createChecker, SHIPPED_DATA } = await import('../engine');
    const checker = createChecker(hollybrook);
    // The checker's own: phrasesOf gives every checker of the same data the same expressions.
    const LANGUAGE_PATTERNS = phrasesOf(SHIPPED_DATA.invitations!).language;
    checker.check('Year 2 parents, message me on here about the trip');
    checker.check('Our stall raised £240 at the fair, thank you all');
    checker.check('Join our class Facebook group for the photos');
    expect(LANGUAGE_PATTERNS.invitation.isBuilt).toBe(false);
    expect(LANGUAGE_PATTERNS.family.isBuilt).toBe(false);
    const found = checker.check('Drodzy rodzice, napiszcie do mnie na WhatsApp');
    expect(LANGUAGE_PATTERNS.invitation.isBuilt).toBe(true);
    expect(found.map((f) => f.rule)).toContain('parent-contact/other-language');
  });
});
