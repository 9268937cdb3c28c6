import { describe, expect, it } from 'vitest';
import { autoMap } from './auto-map';
import { lazyRecord } from './lazy-record';
import { seedPolicyPack } from './seed';
import { TOPIC_IDS } from './topics';

describe('lazyRecord', () => {
  it('works out a value only when it is read, and once', () => {
    const computed: string[] = [];
    const record = lazyRecord(['pupil-name', 'photos', 'disparaging'] as const, (key) => {
      computed.push(key);
      return key.length;
    });
    expect(computed).toEqual([]);
    expect(record['pupil-name']).toBe(10);
    expect(record['pupil-name']).toBe(10);
    expect(computed).toEqual(['pupil-name']);
    // Every key is there for Object.entries and JSON, each worked out once.
    expect(Object.entries(record)).toEqual([
      ['pupil-name', 10],
      ['photos', 6],
      ['disparaging', 11],
    ]);
    expect(computed).toEqual(['pupil-name', 'photos', 'disparaging']);
  });

  it('gives a policy the same mapping read one topic at a time as read whole', () => {
    const pack = { ...seedPolicyPack, kindClauses: undefined, reminderClauses: undefined };
    const oneByOne = Object.fromEntries(TOPIC_IDS.map((t) => [t, autoMap(pack)[t]]));
    const whole = JSON.parse(JSON.stringify(autoMap({ ...pack }))) as unknown;
    expect(oneByOne).toEqual(whole);
    expect(Object.values(oneByOne).some((ids) => ids.length > 0)).toBe(true);
  });
});
