// Invitations to personal channels in slang, through class chats and "on here"
// (issue 12), in new words.
import { detectorTable } from '../../test/detector-table';
import { hollybrook } from '../../test/fixtures/contact-schools';
import parentContact from './parent-contact';

const invite = (text: string) => ({
  kind: 'parent-contact' as const,
  text,
  flaggedBy: 'parent-contact/invitation',
});

detectorTable(parentContact, {
  settings: hollybrook,
  valid: [
    'Selling my old bike, text me on 07700 900123 if interested.',
    'Village quiz night on Friday, any questions ring me on 07700 900321.',
    'Follow me on Insta for more cake pics',
  ],
  invalid: [
    {
      text: 'Year 3 parents, if the app is down just DM me on here and I will sort it',
      findings: [invite('DM me on here')],
    },
    {
      text: 'anyone who wants the pics from the farm trip pm me and ill send them over',
      findings: [invite('pm me')],
    },
    {
      text: 'new mams in Robins, add my number and ill add u to the mums group',
      findings: [invite('add my number and ill add u to the mums group')],
    },
    {
      text: 'If the class chat stops working, email me on jo.bloggs77@example.com instead',
      findings: [invite('email me')],
    },
    {
      text: 'My Instagram is public if families want to see our week, give it a follow',
      findings: [invite('give it a follow')],
    },
  ],
});
