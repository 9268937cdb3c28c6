import { describe, expect, it } from 'vitest';
import { seedPolicyPack, topicClauses } from '../policy';
import { photoLocationWarning, photoReminder, photoWarnings } from './warnings';

const seed = topicClauses(seedPolicyPack);
const CLAUSES = { photos: seed.photos, location: seed['photo-location'] };

const TELFORD = { latitude: 52.6789, longitude: -2.4321 };

describe('photoLocationWarning', () => {
  it('raises nothing for a photo without a position', () => {
    expect(photoLocationWarning(null, 'IMG_0001.jpg', CLAUSES.location)).toBeNull();
  });

  it('warns calmly, citing the seed’s 6.15 and A.5.2, with steps for iPhone and Android', () => {
    const warning = photoLocationWarning(TELFORD, 'IMG_0001.HEIC', CLAUSES.location);
    expect(warning).toMatchObject({
      id: 'photo-location',
      severity: 'medium',
      clauses: ['6.15', 'A.5.2'],
      fileName: 'IMG_0001.HEIC',
    });
    expect(warning?.reason).toContain('“IMG_0001.HEIC” records where it was taken');
    const devices = warning?.guides.map((guide) => guide.device) ?? [];
    expect(devices).toContain('iPhone');
    expect(devices.some((device) => device.startsWith('Android'))).toBe(true);
    for (const guide of warning?.guides ?? []) {
      expect(guide.thisPhoto.length).toBeGreaterThan(0);
      expect(guide.futurePhotos.length).toBeGreaterThan(0);
    }
  });

  it('never puts the coordinates themselves into the warning', () => {
    const text = JSON.stringify(photoLocationWarning(TELFORD, undefined, CLAUSES.location));
    expect(text).not.toMatch(/52\.6|2\.43/);
    expect(text).toContain('This photo records where it was taken');
  });
});

describe('photoWarnings', () => {
  it('is empty when the post has no images', () => {
    expect(photoWarnings([], CLAUSES)).toEqual([]);
  });

  it('gives only the photo reminder (the seed’s 6.9) for images without a position', () => {
    expect(
      photoWarnings([{ location: null }, { fileName: 'b.jpg', location: null }], CLAUSES),
    ).toEqual([photoReminder(CLAUSES.photos)]);
    expect(photoReminder(CLAUSES.photos)).toMatchObject({
      id: 'photo-reminder',
      clauses: ['6.9'],
      severity: 'low',
    });
  });

  it('adds one location warning per located photo, before the reminder', () => {
    const warnings = photoWarnings(
      [
        { fileName: 'a.jpg', location: TELFORD },
        { fileName: 'b.jpg', location: null },
        { fileName: 'c.heic', location: { latitude: -33.8, longitude: 151.2 } },
      ],
      CLAUSES,
    );
    expect(warnings.map((w) => [w.id, w.fileName])).toEqual([
      ['photo-location', 'a.jpg'],
      ['photo-location', 'c.heic'],
      ['photo-reminder', undefined],
    ]);
  });

  it('cites nothing, never another school’s number, when the policy has no clause', () => {
    const warnings = photoWarnings([{ fileName: 'a.jpg', location: TELFORD }], {
      photos: [],
      location: [],
    });
    expect(warnings.map((w) => w.clauses)).toEqual([[], []]);
  });
});
