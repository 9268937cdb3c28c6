// The release build leaves out the name rules' documentation and examples
// (scripts/strip-rule-docs.ts); what the rules do must survive the cut unchanged.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripRuleDocs } from '../scripts/strip-rule-docs';
import { ALL_NAME_RULES } from '../lib/names/rules';

const dir = new URL('../lib/names/rules/', import.meta.url);
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('stripRuleDocs', () => {
  it('drops every why and example, and keeps every id, verdict and test', () => {
    let ids = 0;
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const out = stripRuleDocs(source, file);
      expect(count(out, /^ {2}id: /gm), file).toBe(count(source, /^ {2}id: /gm));
      expect(count(out, /^ {2}says: /gm), file).toBe(count(source, /^ {2}says: /gm));
      expect(count(out, /^ {2}fires[:(]/gm), file).toBe(count(source, /^ {2}fires[:(]/gm));
      expect(out, file).not.toMatch(/^ {2}(?:why|quiet|flagged): ['"[]/m);
      ids += count(out, /^ {2}id: 'names\//gm);
    }
    // Every rule is defined in one of these files, so none escapes the cut.
    expect(ids).toBeGreaterThanOrEqual(ALL_NAME_RULES.length);
  });

  it('leaves a file with no rule in it alone', () => {
    const source = readFileSync(new URL('shapes.ts', dir), 'utf8');
    expect(stripRuleDocs(source)).toBe(source);
  });
});
