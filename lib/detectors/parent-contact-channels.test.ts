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
    // a handle said of the writer's own account, to no one
    'my snap is full of the dog these days',
    'My insta is private now, sorry to the book club lot',
    // "I'm" opens a sentence; it is nobody's name
    "Year 2 dads, I'm in the class group on Thursday for the trip.",
  ],
  invalid: [
    // slang, and game or messaging handles given to pupils or families
    { text: 'Year 9 hmu on snap if the homework link breaks', findings: [invite('hmu on snap')] },
    {
      text: 'any Year 6 parents who want the videos, my snap is mrs_k_teaches',
      findings: [invite('my snap is')],
    },
    {
      text: 'Boys, add me on Xbox, we can play after practice',
      findings: [invite('add me on Xbox')],
    },
    {
      text: 'my discord is open for my Year 11s the night before the exam',
      findings: [invite('my discord is open')],
    },
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
