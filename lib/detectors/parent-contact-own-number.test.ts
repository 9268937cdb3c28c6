// The writer's own number, in new words: a phone left always on for families, an ECT's own
// hashtag (which labels the writer, not the readers), and the writer's number offered
// as the other way in beside the office.
import { detectorTable, invitation } from '../../test/detector-table';
import { hollybrook } from '../../test/fixtures/contact-schools';
import parentContact from './parent-contact';

detectorTable(parentContact, {
  settings: hollybrook,
  valid: [
    // an open line, but to no one in school
    'Band practice moved to Thursday, my phone is always on if the van breaks down.',
    // colleagues still count as other readers
    'Fellow ECTs, message me on here if you want my behaviour slides #ECT',
    // only the office offered
    'Parents with questions about the trip, please contact the school office.',
  ],
  invalid: [
    {
      text: 'Any parent worried about the mock results, my mobile is always on, 07700 900318.',
      findings: [invitation('my mobile is always on')],
    },
    {
      text: 'parents of my year 8s: message me on here about the spelling list #ECT #firstyear',
      findings: [invitation('message me on here')],
    },
    {
      text: 'Families can book through the school office, or just ring me on 07700 900562.',
      findings: [invitation('ring me')],
    },
  ],
});
