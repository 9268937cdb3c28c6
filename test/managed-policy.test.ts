// The managed-storage schema and the example policies in docs/managed/ agree with each other
// and with the settings file: every example, read as a console would hand it over, yields
// valid settings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MANAGED_PARTS, mergeManaged, type ManagedValues } from '../platform/managed-merge';
import { settingsSchema } from '../lib/settings/schema';

const read = (path: string) => readFileSync(path, 'utf8');
/** The Firefox add-on id, as the build declares it: policies.json must name the same one. */
const GECKO_ID = /gecko: \{\s*id: '([^']+)'/.exec(read('wxt.config.ts'))![1]!;
const schema = JSON.parse(read('public/managed_schema.json'));

interface SchemaNode {
  type: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode;
  items?: SchemaNode;
  enum?: unknown[];
}

/** The subset of JSON Schema Chrome's managed_schema uses. */
function schemaErrors(node: SchemaNode, value: unknown, path = ''): string[] {
  const actual = Array.isArray(value) ? 'array' : typeof value;
  const expected = node.type === 'integer' ? 'number' : node.type;
  if (actual !== expected) return [`${path}: expected ${node.type}, got ${actual}`];
  if (node.enum && !node.enum.includes(value)) return [`${path}: ${String(value)} not allowed`];
  if (Array.isArray(value))
    return value.flatMap((item, i) => schemaErrors(node.items!, item, `${path}[${i}]`));
  if (node.type !== 'object') return [];
  return Object.entries(value as object).flatMap(([key, child]) => {
    const childSchema = node.properties?.[key] ?? node.additionalProperties;
    return childSchema
      ? schemaErrors(childSchema, child, `${path}.${key}`)
      : [`${path}.${key}: not in the schema`];
  });
}

/** Registry values from the .reg and .ps1 examples: JSON text, as Edge parses it. */
function registryValues(
  text: string,
  pattern: RegExp,
  unescape: (s: string) => string,
): ManagedValues {
  return Object.fromEntries(
    [...text.matchAll(pattern)].map((m) => [m[1]!, JSON.parse(unescape(m[2]!))]),
  );
}

const examples: Record<string, ManagedValues> = {
  'google-admin-console.json': Object.fromEntries(
    Object.entries(JSON.parse(read('docs/managed/google-admin-console.json'))).map(([k, v]) => [
      k,
      (v as { Value: unknown }).Value,
    ]),
  ),
  'firefox-policies.json': JSON.parse(read('docs/managed/firefox-policies.json')).policies[
    '3rdparty'
  ].Extensions[GECKO_ID],
  'edge-intune.reg': registryValues(
    read('docs/managed/edge-intune.reg'),
    /^"(\w+)"="(.*)"\r?$/gm,
    (s) => s.replace(/\\(.)/g, '$1'),
  ),
  'edge-intune.ps1': registryValues(
    read('docs/managed/edge-intune.ps1'),
    /-Name '(\w+)' -Type String -Value '(.*)'$/gm,
    (s) => s.replace(/''/g, "'"),
  ),
};

describe('managed deployment', () => {
  it('the Firefox example names the add-on id the build declares', () => {
    expect(GECKO_ID).toBe('beforeyoupost@beforeyoupost.uk');
    expect(
      Object.keys(
        JSON.parse(read('docs/managed/firefox-policies.json')).policies['3rdparty'].Extensions,
      ),
    ).toEqual([GECKO_ID]);
  });

  it('the schema covers exactly the parts the extension reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_PARTS, 'sites'].sort());
  });

  // An IT admin's policy can set every school field a settings file can: a field added to the
  // settings (e.g. localAuthorityAliases) must be added here too, or Chrome drops it.
  it('the school part names every field of the settings file’s school', () => {
    const fields = Object.keys(settingsSchema.entries.school.entries).sort();
    expect(Object.keys(schema.properties.school.properties).sort()).toEqual(fields);
  });

  it.each(Object.entries(examples))(
    '%s matches the schema and gives valid settings',
    (_name, values) => {
      expect(Object.keys(values).length).toBeGreaterThanOrEqual(4);
      expect(schemaErrors(schema, values)).toEqual([]);
      const merged = mergeManaged(null, values);
      expect(merged.problems).toEqual([]);
      expect(merged.settings?.school.name).toBe('Old Park Primary School and Nursery');
      expect(merged.managed).toContain('sites');
    },
  );

  it('the checker finds schema mistakes (a meta-check of the test itself)', () => {
    expect(schemaErrors(schema, { school: { name: 3 } })).toEqual([
      '.school.name: expected string, got number',
    ]);
    expect(
      schemaErrors(schema, {
        classes: [{ name: 'A', pupils: [{ first: 'A', last: 'B', restrictions: ['face'] }] }],
      }),
    ).toHaveLength(1);
  });
});
