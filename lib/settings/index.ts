// Reads and validates the settings file (CONTRACTS.md §1). Every problem comes
// back at once with its JSON path, so a school's IT lead can fix a file in one go.
import * as v from 'valibot';
import type { SettingsProblem } from './problem';
import { locateJsonError } from './json';
import { policyMappingProblems } from './policy-mapping';
import { rangeProblems } from './ranges';
import { settingsSchema } from './schema';
import type { SchoolSettings } from './types';

export type { SettingsProblem } from './problem';

export type SettingsResult =
  { ok: true; settings: SchoolSettings } | { ok: false; problems: SettingsProblem[] };

export function validateSettings(input: unknown): SettingsResult {
  if (Array.isArray(input))
    return { ok: false, problems: [{ path: '', message: 'expected an object' }] };
  const result = v.safeParse(settingsSchema, input, { abortPipeEarly: true });
  const problems = [
    ...(result.issues ?? []).map(toProblem),
    ...rangeProblems(input),
    ...policyMappingProblems(input),
  ];
  if (result.success && problems.length === 0) {
    return { ok: true, settings: result.output as SchoolSettings };
  }
  return { ok: false, problems };
}

/** Parses and validates the text of a settings file; a JSON syntax error is one problem with its line and column. */
export function parseSettingsJson(text: string): SettingsResult {
  const json = text.replace(/^\uFEFF/, ''); // Notepad's byte order mark
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (error) {
    const spot = locateJsonError(json);
    const message = spot
      ? `not valid JSON at line ${spot.line}, column ${spot.column}: ${spot.message}`
      : `not valid JSON: ${(error as Error).message}`;
    return { ok: false, problems: [{ path: '', message }] };
  }
  return validateSettings(input);
}

/** "classes[2].pupils[5].first: expected text", or just the message for the whole document. */
export function formatProblem(problem: SettingsProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

function toProblem(issue: v.BaseIssue<unknown>): SettingsProblem {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    if (typeof key === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) path += path ? `.${key}` : key;
    else path += `[${JSON.stringify(key)}]`;
  }
  // valibot reports a missing key with the message of the object around it.
  const missing = issue.kind === 'schema' && issue.input === undefined && path !== '';
  return { path, message: missing ? 'required, but missing' : issue.message };
}
