import { detectorTable } from '../../test/detector-table';
import { clausesOf } from '../../test/fixtures/contact-schools';
import { hollybrook } from '../../test/fixtures/contact-schools';
import phoneNumber from './phone-number';

const phone = (text: string) => ({
  kind: 'phone-number' as const,
  text,
  clauses: clausesOf('phone-number'),
});

detectorTable(phoneNumber, {
  settings: hollybrook,
  valid: [
    // dates, times, prices, scores, years, percentages
    'Trip on 01/04/2025 at 09:15, back by 15:30',
    'Dates: 02.03.2025 and 03-04-2025',
    'Tickets £0.50 or 2 for £1.00; we won 3-2 and 10-0 in 2024',
    'Attendance 96.5% this term, up 0.8%',
    'Year 6 raised 1250 pounds for 3 charities',
    // order and reference numbers, digit strings with no leading 0
    'Order no. 01632 960999 has shipped',
    'Reference: 07700900111',
    'Invoice #07700 900555',
    'call 7700 900123',
    'Our score was 12345678901',
    // not UK shapes
    'Wi-fi code 0012 3456 7890',
    '0 1 6 3 2 9 6 0 1 2 3',
    'Times 0930-1030 and 1100-1200 all week',
    // the school's own number is school-identifier's
    'Office: 0117 496 0555',
    'Office: +44 117 496 0555',
    'Office: (0)117 496 0555',
    // a bracketed 0 that is a score or a count, not a trunk prefix
    'We lost (0) 12 345 times',
    'Ref (0)7700 900123',
    '(0)4477 900123 and (0)0770 090012',
  ],
  invalid: [
    { text: 'Text me on 07700 900321', findings: [phone('07700 900321')] },
    { text: 'mob 07700900654', findings: [phone('07700900654')] },
    { text: 'Call +44 7700 900987 after six', findings: [phone('+44 7700 900987')] },
    { text: 'or +44 (0)7700 900246', findings: [phone('+44 (0)7700 900246')] },
    { text: 'or +44 (0) 20 7946 0555', findings: [phone('+44 (0) 20 7946 0555')] },
    { text: 'mob (0)7700 900124', findings: [phone('(0)7700 900124')] },
    { text: 'or (0) 1632 960 125.', findings: [phone('(0) 1632 960 125')] },
    { text: 'Abroad? 0044 7700 900135', findings: [phone('0044 7700 900135')] },
    { text: 'or +44-7700-900136', findings: [phone('+44-7700-900136')] },
    { text: '+447700900137', findings: [phone('+447700900137')] },
    {
      text: 'Home (01632) 960777, work 01632-960-778',
      findings: [phone('(01632) 960777'), phone('01632-960-778')],
    },
    {
      text: 'London: 020 7946 0888 or (020) 7946 0889',
      findings: [phone('020 7946 0888'), phone('(020) 7946 0889')],
    },
    {
      text: 'Manchester 0161 496 0111 / 0161.496.0112',
      findings: [phone('0161 496 0111'), phone('0161.496.0112')],
    },
    { text: 'Tel:07700 900 468.', findings: [phone('07700 900 468')] },
    { text: '07700 900579', findings: [phone('07700 900579')] },
    { text: 'Freephone 0808 157 0192', findings: [phone('0808 157 0192')] },
    { text: 'Ring 0117 496 0556 (not the office)', findings: [phone('0117 496 0556')] },
  ],
});

// However the settings write the school's number, it is still the school's.
detectorTable(phoneNumber, {
  settings: {
    ...hollybrook,
    school: { ...hollybrook.school, phones: ['Tel: +44 (0)117 496 0555'] },
  },
  valid: ['Office 0117 496 0555', 'Office 01174960555'],
  invalid: [{ text: 'Mine is 0117 496 0556', findings: [phone('0117 496 0556')] }],
});
