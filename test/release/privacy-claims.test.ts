// Every privacy claim in docs/privacy.md names a test that exists, and the permissions it lists
// are exactly those the release checks allow.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERMISSION_REASONS } from './manifest-checks';
import { ROOT } from './release-build';

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/privacy.md has no "${heading}"`);
  const rest = markdown.slice(start + heading.length + 2);
  const next = rest.search(new RegExp(`\\n${heading.match(/^#+/)![0]} `));
  return next < 0 ? rest : rest.slice(0, next);
}

/** Top-level bullets, each joined onto one line. */
function bullets(markdown: string): string[] {
  return markdown
    .split(/\n(?=- )/)
    .filter((item) => item.startsWith('- '))
    .map((item) => item.split(/\n\n/)[0]!.replace(/\s*\n\s*/g, ' '));
}

const readme = readFileSync(join(ROOT, 'docs/privacy.md'), 'utf8');
const privacy = section(readme, '## Privacy and permissions');

describe('docs/privacy.md: privacy claims', () => {
  const claims = bullets(section(privacy, '### Claims'));

  it('has claims, each naming the test that backs it', () => {
    expect(claims.length).toBeGreaterThanOrEqual(5);
    for (const claim of claims) expect(claim).toMatch(/Tested by `[^`]+` › “[^”]+”/);
  });

  it.each(claims.map((claim) => [claim.slice(0, 50), claim]))(
    'the test named exists: %s…',
    (_short, claim) => {
      const [, file, title] = /Tested by `([^`]+)` › “([^”]+)”/.exec(claim) ?? [];
      expect(file && existsSync(join(ROOT, file))).toBe(true);
      expect(readFileSync(join(ROOT, file!), 'utf8')).toContain(title);
    },
  );

  it('justifies exactly the permissions the release checks allow', () => {
    const listed = bullets(section(privacy, '### Permissions')).map(
      (item) => /^- `([^`]+)`/.exec(item)?.[1],
    );
    expect(listed.sort()).toEqual(Object.keys(PERMISSION_REASONS).sort());
  });
});

/** Every "`file` › “test name”" a claim cites. */
const cited = (claim: string) => [...claim.matchAll(/`([^`]+\.tsx?)` › “([^”]+)”/g)];

describe('docs/privacy.md: threat model', () => {
  const claims = bullets(
    section(section(readme, '## Threat model'), '### What a hostile page cannot learn or do'),
  );

  it('has claims, each naming at least one test that backs it', () => {
    expect(claims.length).toBeGreaterThanOrEqual(8);
    for (const claim of claims) {
      expect(claim).toMatch(/Tested by/);
      expect(cited(claim).length, claim.slice(0, 80)).toBeGreaterThan(0);
    }
  });

  it.each(claims.flatMap((claim) => cited(claim).map(([, file, title]) => [file!, title!])))(
    'the test named exists: %s › %s',
    (file, title) => {
      expect(existsSync(join(ROOT, file))).toBe(true);
      expect(readFileSync(join(ROOT, file), 'utf8')).toContain(title);
    },
  );
});
