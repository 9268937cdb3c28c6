// Flags UK telephone numbers that are not the school's: revealing them is unsafe
// (policy 6.15). The number rules and formats are in lib/contact/phone.ts; the
// school's own numbers are school-identifier's.
import { findPhoneNumbers, phoneKeys } from '../contact/phone';
import type { Hit } from '../engine/finding';
import { defineDetector, once } from '../engine/detector';

export default defineDetector({
  id: 'phone-number',
  raises: ['phone-number'],
  description: "A UK telephone number that is not the school's",
  compile: (settings) => phoneKeys(settings.school.phones),
  detect: (text, schoolPhones, context) => {
    const hits: Hit[] = [];
    for (const m of once(context, 'phones', () => findPhoneNumbers(text))) {
      if (schoolPhones.has(m.significant)) continue;
      const mobile = m.significant.startsWith('7');
      hits.push({
        kind: 'phone-number',
        start: m.start,
        end: m.end,
        reason: mobile
          ? 'This looks like a mobile phone number'
          : 'This looks like a telephone number',
      });
    }
    return hits;
  },
});
