// Invitations to personal channels in slang, through class chats and "on here"
// (issue 12), in new words.
import { detectorTable, invitation } from '../../test/detector-table';
import { hollybrook } from '../../test/fixtures/contact-schools';
import parentContact from './parent-contact';

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
    // An adult audience named as a compound ("student teacher"), a word in person, a
    // creator's call to followers, a number that only changed.
    'If you are a student teacher wanting placement advice, email me at kit@example.ac.uk',
    'Year 10, come and find me at lunch in B12 if you missed the test.',
    "Comment PLANNER below and I'll DM you my revision timetable (pupils: ask me in class)",
    'My mobile is broken again so Year 3 parents please use the app.',
  ],
  invalid: [
    // The writer's number given out, a letter to the writer, a class code beside a number.
    {
      text: 'Chess club for P4-P7 on Thursdays. Any questions text me 07700 900777',
      findings: [invitation('text me')],
    },
    {
      text: "Year 5 parents, my mobile's 07700 900612 if the coach is late",
      findings: [invitation("my mobile's")],
    },
    {
      text: 'Parents wanting a word before the review can write to me at my office, 4 Mill Lane',
      findings: [invitation('write to me at')],
    },
    {
      text: 'Great tournament tonight! Follow my page @coach_dee on insta for the team photos',
      findings: [invitation('Follow my page @coach_dee on insta')],
    },
    // slang, and game or messaging handles given to pupils or families
    {
      text: 'Year 9 hmu on snap if the homework link breaks',
      findings: [invitation('hmu on snap')],
    },
    {
      text: 'any Year 6 parents who want the videos, my snap is mrs_k_teaches',
      findings: [invitation('my snap is')],
    },
    {
      text: 'Boys, add me on Xbox, we can play after practice',
      findings: [invitation('add me on Xbox')],
    },
    {
      text: 'my discord is open for my Year 11s the night before the exam',
      findings: [invitation('my discord is open')],
    },
    {
      text: 'Year 3 parents, if the app is down just DM me on here and I will sort it',
      findings: [invitation('DM me on here')],
    },
    {
      text: 'anyone who wants the pics from the farm trip pm me and ill send them over',
      findings: [invitation('pm me')],
    },
    {
      text: 'new mams in Robins, add my number and ill add u to the mums group',
      findings: [invitation('add my number and ill add u to the mums group')],
    },
    {
      text: 'If the class chat stops working, email me on jo.bloggs77@example.com instead',
      findings: [invitation('email me')],
    },
    {
      text: 'My Instagram is public if families want to see our week, give it a follow',
      findings: [invitation('give it a follow')],
    },
  ],
});
