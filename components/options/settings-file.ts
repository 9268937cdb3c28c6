// Reading and writing the settings file (CONTRACTS.md §1) in the options page.
import { parseSettingsJson, type SettingsResult } from '../../lib/settings';
import type { SchoolSettings } from '../../lib/settings/types';

export const SETTINGS_FILE_NAME = 'school-settings.json';

/** The browser keeps at most 10 MB for the extension (chrome.storage.local.QUOTA_BYTES). */
export const MAX_SETTINGS_FILE_BYTES = 10 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function tooLarge(bytes: number): string {
  return `This file is too large to keep: it is ${mb(bytes)}, and this browser keeps at most ${mb(MAX_SETTINGS_FILE_BYTES)} for the extension. Nothing was imported; the settings here are unchanged.`;
}

/** Nothing is accepted unless the whole file is valid; every problem is listed with its path. */
export function readSettingsFile(text: string): SettingsResult {
  return parseSettingsJson(text);
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
