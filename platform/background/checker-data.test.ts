// The worker's checker data, as read from data/checker-data.json: the same answers as the
// data imported in Node, and a damaged or missing file reported, never thrown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChecker, SHIPPED_DATA } from '../../lib/engine';
import { buildChecker } from '../../lib/engine/checker';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import { checkerDataOf, readCheckerData } from './checker-data';

const settings = sample as unknown as SchoolSettings;
const POSTS = [
  'Funny how her lot always get picked for the trips, the head must love them.',
  'Well done Millie today! Ring me on 07700 900123.',
  'The office staff never answer the phone, typical.',
];

afterEach(() => vi.restoreAllMocks());

describe('checker data read from its file', () => {
  it('gives the same findings as the data imported in Node', async () => {
    const file = JSON.stringify(SHIPPED_DATA);
    const data = await readCheckerData(async () => JSON.parse(file));
    const fromFile = buildChecker(settings, data);
    const imported = createChecker(settings);
    for (const post of POSTS) expect(fromFile.check(post)).toEqual(imported.check(post));
    expect(fromFile.check(POSTS[0]!).map((f) => f.kind)).toContain('disparaging');
  });

  it('reports a file that cannot be read or has no usable model, and carries on', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(readCheckerData(() => Promise.reject(new Error('404')))).resolves.toEqual({});
    expect(checkerDataOf({ toneModel: { buckets: '131072', weights: 7 } })).toEqual({});
    expect(checkerDataOf(null)).toEqual({});
    expect(error).toHaveBeenCalledTimes(3);
    // Without the model the checker still warns: names and contacts as ever.
    const rulesAlone = buildChecker(settings, {}).check(POSTS[1]!);
    expect(rulesAlone).toEqual(createChecker(settings).check(POSTS[1]!));
    expect(rulesAlone.map((f) => f.kind)).toContain('pupil-name');
  });
});
