import { describe, expect, it } from 'vitest';
import { consentColumnRestrictions, readConsentValue } from './consent';

describe('consentColumnRestrictions', () => {
  it.each([
    ['Photo Consent', ['photo']],
    ['Media Consent', ['photo']],
    ['Image Consent', ['photo']],
    ['Consent - Photographs', ['photo']],
    ['Video Consent', ['photo']],
    ['Press Permission', ['photo']],
    ['Social Media Consent', ['name', 'photo']],
    ['Consent: Social media', ['name', 'photo']],
    ['Website Consent', ['name', 'photo']],
    ['Internet Permission', ['name', 'photo']],
    ['Name Consent', ['name']],
    ['Consent to publish name', ['name']],
  ])('%s', (heading, expected) => {
    expect(consentColumnRestrictions(heading)).toEqual(expected);
  });

  it.each(['Legal Forename', 'Photo', 'Reg Group', 'Trip Permission', 'Consent Date', 'Media'])(
    '%s is not a consent column',
    (heading) => {
      expect(consentColumnRestrictions(heading)).toBeUndefined();
    },
  );
});

describe('readConsentValue', () => {
  it.each([
    ['Yes', 'granted'],
    ['Y', 'granted'],
    ['true', 'granted'],
    ['TRUE', 'granted'],
    ['Granted', 'granted'],
    ['No', 'refused'],
    ['n', 'refused'],
    ['False', 'refused'],
    ['Refused', 'refused'],
    ['Withdrawn', 'refused'],
    ['Not given', 'refused'],
    ['', 'not-recorded'],
    ['  ', 'not-recorded'],
    ['Not recorded', 'not-recorded'],
    ['N/A', 'not-recorded'],
  ] as const)('%j → %s', (cell, expected) => {
    expect(readConsentValue(cell)).toBe(expected);
  });

  it.each(['Maybe', 'Perhaps', '??', 'Yes please', 'Nope'])('%j is not understood', (cell) => {
    expect(readConsentValue(cell)).toBeUndefined();
  });
});
