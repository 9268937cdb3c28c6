import { detectorTable } from '../../test/detector-table';
import { clausesOf } from '../../test/fixtures/contact-schools';
import { hollybrook } from '../../test/fixtures/contact-schools';
import postalAddress from './postal-address';

const address = (text: string) => ({
  kind: 'postal-address' as const,
  text,
  clauses: clausesOf('postal-address'),
});

detectorTable(postalAddress, {
  settings: hollybrook,
  valid: [
    // look-alikes of postcodes: unknown areas, ordinals, districts alone
    'KS2 3rd place and PS5 2nd in the relay',
    'covid19 3rd wave, Y6 4th, L2 2nd, M6 5th',
    'Roads round BA1 and BS8 are shut',
    'A4 3BC paper and Q1 2AB results',
    // street names with no number, numbers that are not house numbers
    'Roadworks on Holyhead Road again',
    'Room 14 Green Lane corridor, page 3 High Street chapter',
    'Year 5 Oak Close group and Key Stage 2 Meadow Walk',
    'It is a 5 minute walk, 10 miles down the road.',
    // match scores before a team named after a street: a falling pair, or "v"
    'U11s won 3-0 Moor Lane Rovers away, then drew 12-10 v Mill Rise',
    'Only 3 the same way round',
    'We need 2 more Park Rangers',
    'top 10 Christmas Walk ideas',
    // street words that are everyday nouns, after ordinary words or first
    'We filled 30 Food Bank bags this week',
    'Only 2 Bank Holidays left before summer',
    'We sat at 12 on the bank of the river',
    'Took 3 Student Loan forms to the careers fair',
    'Saw 2 West End shows in one weekend',
    'Chapter 4 Mill Street Murders',
    // the school's own address and postcode are school-identifier's
    'Nursery is at 7 Tannery Row, Bath BA2 1ZZ',
    'Pick up from Quarry Walk',
    // a place named with "The" but no street, or a public place on a street
    'We sang at the church on Church Road',
    'Collect the costumes from The Old Vicarage after school',
    'Meet at The Park, Mill Road at 10',
    'Lunch at The Village Inn, Church Street afterwards',
    'At The Green, Park Road is closed',
    'The kids loved it, Church Road was packed',
    'Thanks to The Hollies staff, brilliant day',
    // Welsh streets (street word first) with no number, no name, or in lower case
    'Roadworks on Heol y Felin again',
    '14 Heol tomorrow, 3 Stryd',
    'meet at 5 heol hir',
    'Year 5 Heol Hir group',
    'Meet at The Park, Heol y Felin',
    'The kids loved it, Ffordd Las was packed',
  ],
  invalid: [
    // newer Welsh streets open with a field or court word
    {
      text: 'Bring the raffle prizes to 7 Maes y Wennol please',
      findings: [address('7 Maes y Wennol')],
    },
    { text: 'Drop it at 14 Larch Close please', findings: [address('14 Larch Close')] },
    { text: 'Lost cat near 8 Pelaw Bank. Please ring', findings: [address('8 Pelaw Bank')] },
    { text: 'Party at 3 Kirkby Wynd, Alnwick', findings: [address('3 Kirkby Wynd, Alnwick')] },
    { text: 'Parcel went to 41 Dunston Gate by mistake', findings: [address('41 Dunston Gate')] },
    { text: 'Flat 2, 9 Mill Street', findings: [address('Flat 2, 9 Mill Street')] },
    {
      text: 'Flat 6, Castle House, 22 Church Street, Wellington',
      findings: [address('Flat 6, Castle House, 22 Church Street, Wellington')],
    },
    {
      text: 'Rose Cottage, Mill Lane, Ludlow',
      findings: [address('Rose Cottage, Mill Lane, Ludlow')],
    },
    {
      text: 'Collect the costumes from The Old Vicarage, Church Road, Ketley on Friday',
      findings: [address('The Old Vicarage, Church Road, Ketley')],
    },
    { text: 'drop it at The Laurels, Mill Lane', findings: [address('The Laurels, Mill Lane')] },
    { text: 'from the Old Forge, Mill Lane', findings: [address('Old Forge, Mill Lane')] },
    { text: 'at 3a Brook Rd. tomorrow', findings: [address('3a Brook Rd')] },
    { text: 'party at 27 orchard rise, 2pm', findings: [address('27 orchard rise')] },
    {
      text: 'Send to 5 Heron Way, Bath BA1 2QT thanks',
      findings: [address('5 Heron Way, Bath BA1 2QT')],
    },
    { text: 'Party at 10 The Green!', findings: [address('10 The Green')] },
    { text: 'It is No. 14 Larch Close', findings: [address('14 Larch Close')] },
    {
      text: 'my house is The Old Forge, Heol y Felin',
      findings: [address('The Old Forge, Heol y Felin')],
    },
    { text: 'Send it to 14 Heol y Felin please', findings: [address('14 Heol y Felin')] },
    { text: 'It is 9 Ffordd Las. Come round', findings: [address('9 Ffordd Las')] },
    { text: '3 Stryd Fawr, Llanishen', findings: [address('3 Stryd Fawr, Llanishen')] },
    { text: "at 12 Rhodfa'r Orsaf today", findings: [address("12 Rhodfa'r Orsaf")] },
    { text: 'Ty Gwyn Cottage, Lôn Isaf', findings: [address('Ty Gwyn Cottage, Lôn Isaf')] },
    { text: 'drop it at The Laurels, Ffordd Las', findings: [address('The Laurels, Ffordd Las')] },
    { text: 'Flat 1, 8 Heol yr Ysgol', findings: [address('Flat 1, 8 Heol yr Ysgol')] },
    { text: 'postcode TF2 6XY', findings: [address('TF2 6XY')] },
    { text: 'postcode tf26xy or TF105AB', findings: [address('tf26xy'), address('TF105AB')] },
    { text: 'SW1A 1AA and EC1A  1BB', findings: [address('SW1A 1AA'), address('EC1A  1BB')] },
    { text: 'Near BA2 1ZY (one off the school)', findings: [address('BA2 1ZY')] },
  ],
});

// A Welsh site line: the school's own numbered street is school-identifier's.
detectorTable(postalAddress, {
  settings: {
    ...hollybrook,
    school: { ...hollybrook.school, addresses: ['2 Heol Hir, Llanishen, Cardiff'] },
  },
  valid: ['Come to 2 Heol Hir, Llanishen for the fair'],
  invalid: [{ text: 'Come to 4 Heol Hir', findings: [address('4 Heol Hir')] }],
});

// Addresses with no postcode as people write them in a hurry, and the results lines that
// look like them (rules in lib/contact/street-address.ts).
detectorTable(postalAddress, {
  settings: hollybrook,
  valid: [
    // address/score-line: a team, a score, a "street", a score
    'League night: Redcar Rovers 3 Orchard View 1, what a finish',
    'Final whistle: Ashby 2–1 Kings Meadow, so proud',
    'Group stage: Elmhurst 1-1, Dunmore Vale 0-2 and a lot of mud',
    // address/house-and-village: a hall or a mill is anyone's venue
    'The raffle is at the Village Hall, Ashby.',
  ],
  invalid: [
    // a numbered row of cottages is a street
    {
      text: 'Pop them round to 4 Coastguard Cottages 😊',
      findings: [address('4 Coastguard Cottages')],
    },
    // a trade's yard in the possessive is a street name
    { text: 'Rehearsal is at 8 Tanners Yard this week', findings: [address('8 Tanners Yard')] },
    // address/house-and-village: a named home and its village, no street
    {
      text: 'The twins are staying at Hill Top Farm, Ashby, until Friday',
      findings: [address('Hill Top Farm, Ashby')],
    },
    {
      text: 'Collect the keys from The Old Vicarage, Lowick.',
      findings: [address('The Old Vicarage, Lowick')],
    },
  ],
});
