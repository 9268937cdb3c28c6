// What the checker runs on before a school has imported its settings: no school, no
// lists, so only the generic kinds (phone numbers, email and postal addresses,
// parent contact, disparaging remarks) can fire.
import type { SchoolSettings } from './types';

export const NO_SCHOOL_SETTINGS: SchoolSettings = Object.freeze({
  format: 'school-settings',
  version: 1,
  school: {
    name: '',
    aliases: [],
    addresses: [],
    postcodes: [],
    emailDomains: [],
    websites: [],
    phones: [],
    socialHandles: [],
    hashtags: [],
  },
  classes: [],
  staff: [],
}) as SchoolSettings;
