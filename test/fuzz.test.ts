// Random and adversarial text up to 100,000 characters: the checker never
// throws, never hangs, and every finding's offsets are valid. The densest realistic
// text (every sentence a complaint with a named target, or a line of pupils' names)
// takes longer to check whole than a keystroke allows, so the extension checks it the
// way it does every post: CHECK_WINDOW characters at a time, each check within its
// time budget.
// Time: the target is 100 ms of CPU a check (TARGET_MS), and the test reports any check
// over it; it fails only past HANG_MS, ten times the target, which catches what this test
// is for (a pattern that backtracks without end takes seconds) and not a loaded machine
// (a check of 103.6 ms against 100 failed once under load 3.7). Speed itself is measured
// by `npm run bench`, against a baseline in the same run.
import { describe, expect, it } from 'vitest';
import { createChecker } from '../lib/engine';
import { validateSettings } from '../lib/settings';
import { FINDING_KINDS, type Finding } from '../lib/engine/finding';
import sample from '../lib/sample/sample-settings.json';
import { CHECK_BUDGET_MS, CHECK_WINDOW } from '../lib/messaging/limits';
import { denseComplaints, denseNames } from './fixtures/dense-text';

const TARGET_MS = 100;
const HANG_MS = 10 * TARGET_MS;
const parsed = validateSettings(sample);
if (!parsed.ok) throw new Error('sample settings invalid');
const settings = parsed.settings;

/** Deterministic, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

// Code points from the ranges that trip text handling: controls, Latin with
// diacritics, combining marks, RTL scripts and marks, CJK, zero-width joiners,
// lone surrogates, emoji and private use.
const RANGES: [number, number][] = [
  [0x00, 0x7f],
  [0x80, 0x24f],
  [0x300, 0x36f],
  [0x590, 0x6ff],
  [0x200b, 0x202e],
  [0x2066, 0x2069],
  [0x4e00, 0x4fff],
  [0xd800, 0xdfff],
  [0xfe00, 0xfe0f],
  [0x1f300, 0x1faff],
  [0xe000, 0xe0ff],
  [0x30, 0x39],
  [0x20, 0x20],
  [0x0a, 0x0a],
];

function randomUnicode(length: number, seed: number): string {
  const next = random(seed);
  let out = '';
  while (out.length < length) {
    const [low, high] = RANGES[Math.floor(next() * RANGES.length)]!;
    const code = low + Math.floor(next() * (high - low + 1));
    out +=
      code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code);
  }
  return out.slice(0, length);
}

const repeat = (unit: string, length: number) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const N = 100_000;

const ADVERSARIAL: [string, string][] = [
  ['a long digit run', repeat('0123456789', N)],
  ['spaced digits', repeat('0 7 7 0 0 ', N)],
  ['phone-like runs', repeat('07700 900123 ', N)],
  ['plus signs and brackets', repeat('+44 (0)(((', N)],
  ['repeated "a a a"', repeat('a ', N)],
  ['one huge hashtag', '#' + repeat('WellDoneMillie', N - 1)],
  ['hashes and ats', repeat('#@', N)],
  ['one huge word', repeat('x', N)],
  ['emoji', repeat('😀👩‍👩‍👧‍👦🏴󠁧󠁢󠁥󠁮󠁧󠁿', N)],
  ['right-to-left text and overrides', repeat('\u202eמילי סמית\u202c مرحبا ', N)],
  ['lone surrogates', repeat('\ud800a\udc00', N)],
  ['dots and bangs', repeat('.!?…', N)],
  ['new lines', repeat('\n', N)],
  ['Windows line ends', repeat('Millie\r\n', N)],
  ['names over and over', repeat('Millie Smith and Will Patel met Mrs Hughes. ', N)],
  ['email-like runs', repeat('a@b.', N)],
  ['postcode-like runs', repeat('TF3 1AA tf31aa ', N)],
  ['a giant URL', 'https://' + repeat('oldparkprimary.example.uk/', N - 8)],
  ['UPN-like runs', repeat('A801234567890', N)],
  ['apostrophes and hyphens', repeat("O'-'-", N)],
  ['mixed case school name', repeat('OLD park PRIMARY ', N)],
];

const WARM_UP = [
  'Well done Millie Smith at Old Park Primary! Ring me on 07700 900123 or jo@example.com.',
  'Parents, add me on Facebook. The head is useless and Year 6 are a nightmare, honestly.',
  'See https://oldparkprimary.example.uk/news/ and 14 Larch Close, TF2 6XY. UPN A801234567890.',
];

function checkInvariants(input: string, findings: Finding[]): void {
  for (const f of findings) {
    expect(FINDING_KINDS).toContain(f.kind);
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(input.length);
    expect(f.text).toBe(input.slice(f.start, f.end));
    expect(f.clauses.length).toBeGreaterThan(0);
    expect(['high', 'medium', 'low']).toContain(f.severity);
  }
}

/**
 * The CPU time of a first check by a fresh checker. CPU time, not wall time, so
 * the figure is steadier on a busy shared machine; a second try forgives one pause of
 * the garbage collector.
 */
function timedCheck(input: string): { findings: Finding[]; ms: number } {
  let best = Infinity;
  let findings: Finding[] = [];
  for (let attempt = 0; attempt < 2 && best >= TARGET_MS; attempt++) {
    const checker = createChecker(settings);
    const before = process.cpuUsage();
    findings = checker.check(input);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  if (best >= TARGET_MS) console.log(`over the ${TARGET_MS} ms target: ${Math.round(best)} ms CPU`);
  return { findings, ms: best };
}

describe('fuzz: the checker on hostile text', () => {
  // Warm up every detector (and compromise's lazily built tagger), as in an
  // extension that has been running: the time is for checking, not for loading.
  const warm = createChecker(settings);
  for (const text of WARM_UP) warm.check(text);

  it.each(ADVERSARIAL)('%s (100,000 characters)', (_name, input) => {
    const { findings, ms } = timedCheck(input);
    checkInvariants(input, findings);
    expect(ms).toBeLessThan(HANG_MS);
  });

  it.each([10, 280, 5_000, 20_000, N].flatMap((length) => [1, 2, 3].map((seed) => [length, seed])))(
    'random Unicode, %i characters, seed %i',
    (length, seed) => {
      const input = randomUnicode(length, seed);
      expect(input).toHaveLength(length);
      const { findings, ms } = timedCheck(input);
      checkInvariants(input, findings);
      expect(ms).toBeLessThan(HANG_MS);
    },
  );

  describe.each([
    ['complaints, four sentences a line', denseComplaints(N, 7, 4)],
    ['complaints, one long line', denseComplaints(N, 8, 0)],
    ['complaints, a sentence a line', denseComplaints(N, 9, 1)],
    ["pupils' names", denseNames(N)],
  ])('the densest realistic text: %s (100,000 characters)', (_name, input) => {
    it('checks a whole window of it without hanging', () => {
      const window = input.slice(input.length - CHECK_WINDOW);
      const { findings, ms } = timedCheck(window);
      expect(findings.length).toBeGreaterThan(CHECK_WINDOW / 200); // dense: a finding a line or so
      checkInvariants(window, findings);
      expect(ms).toBeLessThan(HANG_MS);
    });

    it('checks all of it in budgeted checks, none hanging, finding what one check finds', () => {
      const checker = createChecker(settings);
      let result = { findings: [] as Finding[], complete: false };
      const cpu: number[] = [];
      // Every budgeted check does at least one unit, so the slices are bounded by the units, not
      // by the clock: a loaded machine needs more of them (100 once ran out at load 15), never
      // endless ones. One slice per 20 characters is far more than the units of any text here.
      while (!result.complete && cpu.length < input.length / 20) {
        const before = process.cpuUsage();
        result = checker.checkWithin(input, { budgetMs: CHECK_BUDGET_MS, focus: input.length });
        const used = process.cpuUsage(before);
        cpu.push((used.user + used.system) / 1000);
      }
      expect(result.complete).toBe(true);
      // A stray pause of the garbage collector may lengthen one check: the rest must not.
      const sorted = [...cpu].sort((a, b) => a - b);
      expect(sorted[sorted.length - 2] ?? sorted[0]!).toBeLessThan(HANG_MS);
      expect(result.findings).toEqual(createChecker(settings).check(input));
      // For the record: one unbudgeted check of all 100,000 characters.
      const whole = timedCheck(input);
      console.log(
        `${_name}: ${cpu.length} budgeted checks, longest ${Math.round(sorted.at(-1)!)} ms; whole text at once ${Math.round(whole.ms)} ms CPU`,
      );
    });
  });

  it('keeps offsets valid when random edits hit a warm cache', () => {
    const next = random(99);
    const checker = createChecker(settings);
    let text = repeat('Well done Millie Smith! Call 07700 900123 or #OldParkPrimary. ', 3000);
    for (let i = 0; i < 200; i++) {
      const at = Math.floor(next() * text.length);
      text =
        next() < 0.5
          ? text.slice(0, at) + randomUnicode(3, i) + text.slice(at)
          : text.slice(0, at) + text.slice(at + 5);
      checkInvariants(text, checker.check(text));
    }
  });
});
