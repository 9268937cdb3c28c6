// "If you parents need me, my mobile is …": families told to reach the writer on a
// personal number; one invitation gives one finding. Near misses: no own number, or
// colleagues addressed, or a swap group joined by no one.
import parentContact from './parent-contact';
import { detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

const invite = (text: string) => ({ kind: 'parent-contact' as const, text });

detectorTable(parentContact, {
  settings: namesSettings,
  valid: [
    'Parents, if you need me over the break, the school office will pass on a message.',
    'If any of the P2 parents need to reach me, please ring the school office.',
    'Colleagues, if you need me tomorrow my mobile is on the staff list.',
    'I joined a Facebook swap group for my own kids and it has been great.',
    // What already happens is no invitation.
    'Parents keep texting me on my personal mobile about the trip, which has to stop.',
    // One of the school's class names with no own number given.
    'Willow are doing brilliantly, just message me on here with any Scouts questions.',
  ],
  invalid: [
    // One of the school's classes named beside the writer's own number ("Year 3 Willow").
    {
      text: 'Anything about Willow just message me on here or ring me on 07700 900333 x',
      findings: [invite('message me on here or ring me')],
    },
    // Fellow parents addressed with "any of my … mams who", and chat spelling.
    {
      text: 'Any of my acorn mams who want the slime recipe, message me on messenger x',
      findings: [invite('message me on messenger')],
    },
    {
      text: 'hiya its gemma from acorn, if u ever need anything my personal is 07700 900444 x',
      findings: [invite('if u ever need anything')],
    },
    {
      text: 'My mobile is 07700 900111 if any of the nursery mums need to reach me at Easter.',
      // The number given out and the call to the mums after it: one run.
      findings: [invite('My mobile is 07700 900111 if any of the nursery mums need to reach me')],
    },
    {
      text: 'Families, if you need me during the strike my own number is 07700 900222.',
      // One run: the call and the writer's own number given out after it.
      findings: [invite('if you need me during the strike my own number is')],
    },
    {
      text: 'Year 3 parents, join my WhatsApp homework group for reminders.',
      findings: [invite('join my WhatsApp homework group')],
    },
  ],
});
