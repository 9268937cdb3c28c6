// Reading and writing the settings file (CONTRACTS.md §1) in the options page.
import { validateSettings, type SettingsProblem } from '../../lib/settings';
import type { SchoolSettings } from '../../lib/types';

export const SETTINGS_FILE_NAME = 'school-settings.json';

export type SettingsFileResult =
  { ok: true; settings: SchoolSettings } | { ok: false; problems: SettingsProblem[] };

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

function syntaxProblem(text: string, error: unknown): SettingsProblem {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const where = lineColumn
    ? `line ${lineColumn[1]}, column ${lineColumn[2]}`
    : position
      ? lineAndColumn(text, Number(position[1]))
      : 'the end of the file';
  return { path: '', message: `not valid JSON at ${where}: ${message.replace(/ in JSON.*$/, '')}` };
}

/** Nothing is accepted unless the whole file is valid; every problem is listed. */
export function readSettingsFile(text: string): SettingsFileResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(text, error)] };
  }
  const result = validateSettings(parsed);
  return result.ok
    ? { ok: true, settings: result.settings }
    : { ok: false, problems: result.problems };
}

export function settingsFileText(settings: SchoolSettings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

/** Saves text as a download, entirely in the page: a Blob, an object URL and <a download>. */
export function downloadText(fileName: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
