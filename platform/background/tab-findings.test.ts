// The popup's copy of each tab's warnings, in storage.session: one failed write (the 10 MB
// quota, say) must not stop every later one, and a damaged entry must not stop the popup.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabFindings } from '../../lib/messaging/protocol';
import { createChecker } from '../../lib/engine';
import { parseTabFindings } from '../../lib/messaging/validate';
import sample from '../../lib/sample/sample-settings.json';
import { validateSettings } from '../../lib/settings';
import { getTabFindings, saveTabFindings } from './tab-findings';
import { oneNameFindings } from '../../test/fixtures/findings';

const state = (tabId: number, text: string): TabFindings => oneNameFindings(tabId, text);

beforeEach(() => fakeBrowser.reset());

describe('tab findings in storage.session', () => {
  it('a failed write does not poison the writes after it', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.session, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveTabFindings(1, state(1, 'Millie'))).rejects.toThrow(/quota/);
    await saveTabFindings(2, state(2, 'Kacper'));
    expect(set).toHaveBeenCalledTimes(2);
    const stored = (await fakeBrowser.storage.session.get('tabFindings')).tabFindings;
    expect(Object.keys(stored as object)).toEqual(['2']);
    // And the popup is answered, not left waiting on the failed write.
    expect((await getTabFindings(2)).findings[0]?.text).toBe('Kacper');
  });

  it('still answers with the latest findings of a tab whose own write failed', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(new Error('quota'));
    await saveTabFindings(3, state(3, 'Millie')).catch(() => undefined);
    expect((await getTabFindings(3)).findings[0]?.text).toBe('Millie');
  });

  it('answers for the tabs whose entries are sound when another entry is damaged', async () => {
    await fakeBrowser.storage.session.set({
      tabFindings: { 4: state(4, 'Grace'), 5: { tabId: 5, findings: 'garbled' }, 6: null },
    });
    expect((await getTabFindings(4)).findings[0]?.text).toBe('Grace');
    expect(await getTabFindings(5)).toEqual({ tabId: 5, findings: [] });
    // And a new write repairs the store rather than failing on the damaged entries.
    await saveTabFindings(7, state(7, 'Oliver'));
    const stored = (await fakeBrowser.storage.session.get('tabFindings')).tabFindings as object;
    expect(Object.keys(stored).sort()).toEqual(['4', '7']);
  });

  it('reads back exactly what the checker found and the background saved', async () => {
    const settings = validateSettings(sample);
    if (!settings.ok) throw new Error('sample settings invalid');
    const text = 'Well done Millie Smith! Ring me on 07700 900123 #OldParkPrimary';
    const saved: TabFindings = {
      tabId: 9,
      url: 'https://x.com/compose',
      findings: createChecker(settings.settings).check(text),
      hasAttachment: true,
      attachments: [],
      more: 3,
      partial: true,
    };
    expect(saved.findings.length).toBeGreaterThan(2);
    // Straight from storage, as a worker just woken reads it: nothing is lost on the way.
    expect(parseTabFindings(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  it('answers for a tab when storage.session cannot be read at all', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('gone'));
    expect(await getTabFindings(8)).toEqual({ tabId: 8, findings: [] });
  });
});
