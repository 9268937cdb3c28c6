// The contact and identifier detectors run on every keystroke: they must never
// throw and must stay fast on any input, however long or strange.
import { compileContext, SHIPPED_DATA } from '../engine';
import { describe, expect, it } from 'vitest';
import { hollybrook, stMarys } from '../../test/fixtures/contact-schools';
import { detectors } from '../detectors';

const OWN = [
  'pupil-identifier',
  'school-identifier',
  'phone-number',
  'email-address',
  'postal-address',
  'parent-contact',
];
const own = OWN.map((id) => detectors.find((d) => d.id === id)!);

function randomUnicode(length: number, seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  let out = '';
  while (out.length < length) out += String.fromCodePoint(Math.floor(next() * 0x2ffff));
  return out.slice(0, length);
}

const ADVERSARIAL = [
  '1 '.repeat(50_000),
  '0'.repeat(100_000),
  '07700 '.repeat(16_000),
  '+44 (0)'.repeat(14_000),
  'a'.repeat(100_000),
  'a@'.repeat(50_000),
  'x@' + 'a.'.repeat(49_000) + '1',
  'www.'.repeat(25_000),
  '#'.repeat(50_000) + '@'.repeat(50_000),
  'Hollybrook '.repeat(9_000),
  'hollybrook'.repeat(10_000),
  '12 Ab Cd Ef '.repeat(8_000),
  'Flat 1, Rose House, '.repeat(5_000),
  'DM me parents '.repeat(7_000),
  'TF2 6XY'.repeat(14_000),
  'E935201100047'.repeat(7_000),
  randomUnicode(100_000, 1),
  randomUnicode(100_000, 2),
  '\u0000\uffff\ud800'.repeat(30_000),
];

describe('contact detectors on adversarial input', () => {
  for (const settings of [hollybrook, stMarys]) {
    const compiled = own.map((d) => ({ d, c: d.compile(settings, compileContext(SHIPPED_DATA)) }));
    it.each(ADVERSARIAL.map((s, i) => [i, s] as const))(
      'input %i: no throw, under 100 ms CPU',
      (_i, text) => {
        const before = process.cpuUsage();
        for (const { d, c } of compiled) {
          const hits = d.detect(text, c, { earlier: [] });
          for (const h of hits) expect(h.start < h.end && h.end <= text.length).toBe(true);
        }
        const used = process.cpuUsage(before);
        expect((used.user + used.system) / 1000).toBeLessThan(100);
      },
    );
  }
});
