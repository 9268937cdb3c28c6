import { detectorTable } from '../../test/detector-table';
import { clausesOf } from '../../test/fixtures/contact-schools';
import { hollybrook } from '../../test/fixtures/contact-schools';
import pupilIdentifier from './pupil-identifier';

const upn = (text: string) => ({
  kind: 'pupil-identifier' as const,
  text,
  reason: 'Unique Pupil Number (UPN)',
  clauses: clausesOf('pupil-identifier'),
  severity: 'high',
});
const uln = (text: string) => ({
  kind: 'pupil-identifier' as const,
  text,
  reason: 'Unique Learner Number (ULN)',
});

detectorTable(pupilIdentifier, {
  settings: hollybrook,
  valid: [
    // one character off: the check letter or digit no longer fits
    'UPN F935201100047 on the form',
    'E935201100048 was typed in wrong',
    'Temporary number H93520110004L is not right',
    'ULN 4812037751 does not check out',
    // r = 0: no check digit can make it valid
    'learner 1000000060 and 1000000069',
    // order and tracking numbers, phone numbers, dates
    'Order 55512345678 and tracking JD0001234567GB',
    'Ring 07700 900123 or 01174960555',
    'Match report 12/03/2024: won 3-2, 1,234,567,890 views',
    // inside longer codes
    'Ref XE935201100047 and 48120377501',
    'isbn 9781234567897',
    // a valid-looking number labelled as an order or reference
    'Order no. 4812037750 has shipped',
    'Booking ref: E935201100047',
    // spaced groups: counted only right after a "UPN"/"ULN" label, and only when they check out
    'Call 481 203 7750 after six',
    'E935 2011 0004 7 is on the sheet',
    'ULN 481 203 7751 (one digit off)',
    'UPN: E935 2011 0004 8 for the file',
    'ULN form due 12 03 2025',
    'UPN L80311220157 7 typed badly',
  ],
  invalid: [
    { text: 'UPN E935201100047 for the file', findings: [upn('E935201100047')] },
    { text: 'her upn is q205402900337 (lower case)', findings: [upn('q205402900337')] },
    { text: 'Temporary UPN H93520110004K until the LA confirms', findings: [upn('H93520110004K')] },
    { text: 'L803112201577,P80311220157K', findings: [upn('L803112201577'), upn('P80311220157K')] },
    { text: 'ULN: 4812037750', findings: [uln('4812037750')] },
    { text: 'ULN 481 203 7750 please', findings: [uln('481 203 7750')] },
    { text: 'uln no. 4812-037-750.', findings: [uln('4812-037-750')] },
    { text: 'UPN: E935 2011 0004 7 for the file', findings: [upn('E935 2011 0004 7')] },
    { text: 'Temp UPN is H935 2011 0004 K until', findings: [upn('H935 2011 0004 K')] },
    {
      text: 'learner numbers 3009182642 and 7125304663.',
      findings: [uln('3009182642'), uln('7125304663')],
    },
  ],
});
