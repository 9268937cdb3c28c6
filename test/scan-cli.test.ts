import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScript } from './run-script';

const SETTINGS = ['--settings', 'lib/sample/sample-settings.json'];
const POSTS = 'test/fixtures/scan/posts.jsonl';

describe('npm run scan -- --jsonl', () => {
  const { status, stdout, stderr } = runScript('scan.ts', [...SETTINGS, '--jsonl', POSTS]);

  it('writes one result line per input line, in order, and nothing else', () => {
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['p1', 'p2', 'p3', 7]);
  });

  it('gives findings with the contract fields, whose text is the text at start..end', () => {
    const inputs = readFileSync(POSTS, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).text as string);
    stdout
      .trimEnd()
      .split('\n')
      .forEach((line, i) => {
        const { findings } = JSON.parse(line);
        expect(Array.isArray(findings)).toBe(true);
        for (const f of findings) {
          expect(Object.keys(f).sort()).toEqual([
            'clauses',
            'end',
            'kind',
            'reason',
            'rule',
            'severity',
            'start',
            'text',
          ]);
          expect(inputs[i]!.slice(f.start, f.end)).toBe(f.text);
          expect(f.rule).toMatch(/^[a-z-]+(?:\/[a-z-]+)*$/);
        }
      });
  });

  it('reads standard input with -', () => {
    const piped = runScript('scan.ts', [...SETTINGS, '--jsonl', '-'], readFileSync(POSTS, 'utf8'));
    expect(piped.status).toBe(0);
    expect(piped.stdout).toBe(stdout);
  });

  it('reports every malformed line with its number, and prints no partial result', () => {
    const bad = runScript('scan.ts', [
      ...SETTINGS,
      '--jsonl',
      'test/fixtures/scan/bad-posts.jsonl',
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trimEnd().split('\n')).toEqual([
      "test/fixtures/scan/bad-posts.jsonl:2:27: not valid JSON: expected ',' or '}', found the end of the file",
      'test/fixtures/scan/bad-posts.jsonl:3: "text" must be text',
      'test/fixtures/scan/bad-posts.jsonl:4: expected an object such as {"id": "post-1", "text": "..."}',
    ]);
  });
});

describe('npm run scan -- --jsonl, with the thread a post replies to', () => {
  it('reads an optional "thread" for who a reply\'s pronoun means, and refuses one not text', () => {
    const input = [
      { id: 'r1', text: 'They should be ashamed of themselves.' },
      {
        id: 'r2',
        text: 'They should be ashamed of themselves.',
        thread: 'The council is closing the youth club on Elm Road.',
      },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const { status, stdout } = runScript('scan.ts', [...SETTINGS, '--jsonl', '-'], input);
    expect(status).toBe(0);
    const [alone, reply] = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(alone.findings).toEqual([]);
    expect(reply.findings).toEqual([
      expect.objectContaining({
        kind: 'disparaging',
        start: 0,
        reason: expect.stringContaining('the council'),
      }),
    ]);
    const bad = runScript(
      'scan.ts',
      [...SETTINGS, '--jsonl', '-'],
      JSON.stringify({ id: 'r3', text: 'Hi', thread: 7 }),
    );
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('standard input:1: "thread" must be text');
  });
});

describe('npm run scan (readable report)', () => {
  it('reports on a file', () => {
    const { status, stdout, stderr } = runScript('scan.ts', [
      ...SETTINGS,
      'test/fixtures/sample-post.txt',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^test\/fixtures\/sample-post\.txt: (no warnings\.|\d+ warnings?)\n/);
  });

  it('reads standard input when no file is given', () => {
    const { status, stdout } = runScript('scan.ts', SETTINGS, 'Nothing to see here.');
    expect(status).toBe(0);
    expect(stdout).toBe('standard input: no warnings.\n');
  });
});

describe('npm run scan -- --explain', () => {
  const post = [
    'Tobias built the tallest tower today.',
    'My own son Oscar starts nursery next week.',
    'Grace period for overdue reading books ends Friday.',
  ].join('\n');
  const { status, stdout, stderr } = runScript(
    'scan.ts',
    ['--settings', 'test/fixtures/scan/explain-settings.json', '--explain', '-'],
    post,
  );
  const candidates = stdout.slice(stdout.indexOf('Candidates considered:'));

  it('prints the report, then every candidate with the rule that decided it', () => {
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^standard input: 1 warning\n/);
    expect(candidates).toMatch(/^Candidates considered: 4\n/);
    expect(candidates).toMatch(/1:1 {2}"Tobias" {2}pupil-name {2}FLAGGED by names\/listed-name\n/);
    // A sentence about a pupil is judged for tone too, and left quiet by the model's score.
    expect(candidates).toMatch(
      /1:1 {2}"Tobias built the tallest tower today" {2}disparaging {2}QUIET by disparaging\/tone-model {2}score 0\.\d+ \(needs 0\.\d+\)\n/,
    );
  });

  it('prints a quiet candidate with the id of the rule that left it quiet, and the rules it overrode', () => {
    expect(candidates).toMatch(
      /2:12 {2}"Oscar" {2}pupil-name {2}QUIET by names\/own-family\n {6}names\/listed-name flag \(after\)\n/,
    );
    expect(candidates).toMatch(
      /3:1 {2}"Grace" {2}pupil-name {2}QUIET by names\/ordinary-word {2}score -?\d+ \(needs 2\)\n {6}names\/score\/noun-after -4/,
    );
  });

  it('is refused with --jsonl, whose output is one line per post and nothing else', () => {
    const both = runScript('scan.ts', [
      '--settings',
      'test/fixtures/scan/explain-settings.json',
      '--jsonl',
      '--explain',
      POSTS,
    ]);
    expect(both.status).toBe(2);
    expect(both.stdout).toBe('');
    expect(both.stderr).toMatch(/--explain is for the readable report/);
  });
});

describe('npm run scan with bad settings or arguments', () => {
  it('lists every settings problem with its path, and prints nothing on standard output', () => {
    const file = 'test/fixtures/scan/bad-settings.json';
    const { status, stdout, stderr } = runScript('scan.ts', ['--settings', file, '--jsonl', POSTS]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      `${file}: school.postcodes[0]: expected a full UK postcode such as "TF3 1AA"`,
      `${file}: classes[0].pupils[0].first: expected text`,
    ]);
  });

  it('gives the line and column of a JSON syntax error in the settings', () => {
    const file = 'test/fixtures/scan/broken-settings.txt';
    const { status, stdout, stderr } = runScript('scan.ts', ['--settings', file, POSTS]);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `${file}: not valid JSON at line 2, column 28: unexpected '}' after a comma\n`,
    );
  });

  it.each([
    [[], /--settings is required/],
    [[...SETTINGS, '--json'], /unknown option --json/],
    [[...SETTINGS, 'a.txt', 'b.txt'], /give one input file/],
    [[...SETTINGS, 'test/fixtures/missing.txt'], /cannot read input test\/fixtures\/missing\.txt/],
    [['--settings', 'missing.json'], /cannot read settings file missing\.json/],
  ])('fails with usage for %j', (args, message) => {
    const { status, stdout, stderr } = runScript('scan.ts', args, '');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
