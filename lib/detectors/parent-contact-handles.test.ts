// Handles and slang (issue 12, item 5), in new words: a game or Snapchat handle given out
// ("my roblox is coach_tee99"), a handle after "I'm on insta", the readers' numbers asked for
// ("drop your numbers below"), "hmu on snap" beside revising. Quiet: "my Xbox is broken", the
// school's own Instagram, colleagues offered a resource pack.
import { detectorTable, invitation } from '../../test/detector-table';
import { hollybrook } from '../../test/fixtures/contact-schools';
import parentContact from './parent-contact';

detectorTable(parentContact, {
  settings: hollybrook,
  valid: [
    'My xbox is broken again and the holidays have only just started',
    'Please follow the school’s official Instagram @hollybrook_primary for updates',
    'Fellow teachers, my Instagram is @teach_with_tom, loads of free resources',
    'Reminder: the school app is the best way to reach me, parents',
  ],
  invalid: [
    {
      text: 'my fortnite is pe_sir_07 if any of you lot want a game after school',
      findings: [invitation('my fortnite is')],
    },
    {
      text: "Nursery mums, I'm on insta @miss_b_eyfs if you want to see our week",
      findings: [invitation("I'm on insta @miss_b_eyfs if")],
    },
    {
      text: "Drop your numbers below parents and I'll make a group for the trip",
      findings: [invitation('Drop your numbers below')],
    },
    {
      text: 'hmu on snap if ur revising tonight',
      findings: [invitation('hmu on snap')],
    },
  ],
});
