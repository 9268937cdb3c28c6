import staffName from './staff-name';
import { detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

const staff = (text: string, reason?: string) => ({
  kind: 'staff-name' as const,
  text,
  ...(reason ? { reason } : {}),
});

detectorTable(staffName, {
  settings: namesSettings,
  valid: [
    // ... and before anyone else's name it is no member of staff.
    'Revd Gareth led the service.',
    'Up at dawn for the sponsored walk.',
    'Dawn chorus was deafening this morning.',
    'She is such a Karen about the car park.',
    'We need a baker for the cake stall.',
    'Tom Hanks films all weekend, bliss.',
    'Ok Karen, calm down.',
    'Carol service at church on Sunday, all welcome.',
    'Tom and Jerry marathon with my two tonight.',
    'Hope you all have a lovely half term.',
    'Hope you lot are resting.',
    'Dawn you could hear the birds from the car park.',
    'Dawn you are not going to believe the traffic.',
  ],
  invalid: [
    // A given-name title ("Revd", "Coach") before a staff member's given name is them.
    { text: 'Thank you to Revd Carol for the harvest service.', findings: [staff('Revd Carol')] },
    { text: 'Coach Tom says training is on Thursday.', findings: [staff('Coach Tom')] },
    {
      text: 'Mrs Hughes has said we can leave early on Friday.',
      findings: [staff('Mrs Hughes', 'Dawn Hughes is on the staff list')],
    },
    { text: 'Thanks to mr ashby for sorting the minibus', findings: [staff('mr ashby')] },
    { text: 'Thanks Dawn x', findings: [staff('Dawn')] },
    { text: 'Everyone in Jenkins class has earned golden time.', findings: [staff('Jenkins')] },
    { text: 'Carol you absolute star, the display is perfect.', findings: [staff('Carol')] },
    { text: 'Tom you legend! Minibus sorted.', findings: [staff('Tom')] },
    {
      text: 'Dawn you are a legend for covering my class today',
      findings: [staff('Dawn')],
    },
    { text: "Carol you're an absolute star, thank you.", findings: [staff('Carol')] },
    { text: '— Dawn', findings: [staff('Dawn')] },
    { text: 'Karen Lowe is retiring after 30 years!', findings: [staff('Karen Lowe')] },
    { text: 'Tom is off today so I am covering his class.', findings: [staff('Tom')] },
    { text: 'Our Tom in the office sorted it all out', findings: [staff('Tom')] },
    { text: 'Miss Baker ran the whole sports day single handed.', findings: [staff('Miss Baker')] },
  ],
});
