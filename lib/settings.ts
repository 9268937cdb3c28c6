// PLACEHOLDER validation: fills defaults only. To be replaced by the full schema
// (every problem reported with its JSON path).
import type { SchoolSettings } from './types';

export interface SettingsProblem {
  /** JSON path, e.g. "classes[2].pupils[5].first". */
  path: string;
  message: string;
}

export type SettingsResult =
  { ok: true; settings: SchoolSettings } | { ok: false; problems: SettingsProblem[] };

export function validateSettings(input: unknown): SettingsResult {
  const raw = input as Partial<SchoolSettings> & { school?: Partial<SchoolSettings['school']> };
  if (!raw || typeof raw !== 'object' || !raw.school || typeof raw.school.name !== 'string') {
    return { ok: false, problems: [{ path: 'school.name', message: 'expected text' }] };
  }
  const s = raw.school;
  return {
    ok: true,
    settings: {
      ...raw,
      format: 'school-settings',
      version: 1,
      school: {
        ...s,
        name: s.name as string,
        aliases: s.aliases ?? [],
        addresses: s.addresses ?? [],
        postcodes: s.postcodes ?? [],
        emailDomains: s.emailDomains ?? [],
        websites: s.websites ?? [],
        phones: s.phones ?? [],
        socialHandles: s.socialHandles ?? [],
        hashtags: s.hashtags ?? [],
      },
      classes: raw.classes ?? [],
      staff: raw.staff ?? [],
    },
  };
}
