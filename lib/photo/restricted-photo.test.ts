import { describe, expect, it } from 'vitest';
import { createChecker } from '../engine';
import sample from '../sample/sample-settings.json';
import type { SchoolSettings } from '../settings/types';
import { seedPolicyPack, topicClauses } from '../policy';
import { nameKey, photoRestrictedNames, restrictedPhotoWarnings } from './restricted-photo';

const settings = sample as SchoolSettings;
const checker = createChecker(settings);
const restricted = photoRestrictedNames(settings);
const warn = (text: string, hasMedia = true) =>
  restrictedPhotoWarnings(
    checker.check(text),
    restricted,
    hasMedia,
    topicClauses(seedPolicyPack).photos,
  );

describe('restricted photo pupils', () => {
  it('lists every way a photo-restricted pupil may be written, and no one else', () => {
    expect(restricted.has('kacper')).toBe(true);
    expect(restricted.has('kacper nowak')).toBe(true);
    expect(restricted.has('nowak')).toBe(true);
    expect(restricted.has('millie')).toBe(false);
    expect(restricted.has('')).toBe(false);
  });

  it.each([
    ['Kacper scored a goal!', ['Kacper']],
    ['Well done kacper and KACPER', ['kacper']],
    ['Kacper Nowak in the team photo', ['Kacper Nowak']],
  ])('warns once, high, clause 6.9, naming only what was typed: %s', (text, names) => {
    const warnings = warn(text);
    expect(warnings.map((w) => w.name)).toEqual(names);
    for (const w of warnings) {
      expect(w.severity).toBe('high');
      expect(w.clauses).toEqual(['6.9']);
      expect(w.reason).toContain(w.name);
      expect(w.reason).not.toMatch(/consent|looked-after|protection/i);
    }
  });

  it.each([
    ['Kacper scored a goal!', false],
    ['Millie scored a goal!', true],
    ['A lovely sunny day', true],
  ])('raises nothing for %s (attachment: %s)', (text, hasMedia) => {
    expect(warn(text, hasMedia)).toEqual([]);
  });

  it('compares names without case, accents or a possessive', () => {
    expect(nameKey('  Zoë’s ')).toBe('zoe');
    expect(nameKey('Kacper   NOWAK')).toBe('kacper nowak');
  });

  it('folds a name as the name check does, so what it finds is on the list', () => {
    // The name check finds "Lucja" and "OConnor" for listed "Łucja" and "O’Connor".
    expect(nameKey('Lucja')).toBe(nameKey('Łucja'));
    expect(nameKey("O'Connor")).toBe(nameKey('O’Connor'));
    expect(nameKey('Aoife O’Connor’s')).toBe('aoife oconnor');
  });
});
