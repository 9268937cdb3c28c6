// Issue 12 item 5, the parent-contact misses on the development sets, each category in new
// words: families addressed after a club or class name ("Swimming club parents – …") or as
// "any of the mams who want …", families told they are welcome to connect, a network named as
// the verb ("just Messenger me"), a word of how before the channel ("text me directly on my own
// mobile"), the writer's own home offered ("pop round to mine"), "anyone got …?" asking
// families for school things, and one invitation with an email address inside it. Quiet:
// families sent to the school office, and "anyone got …?" with no school business.
import { detectorTable, invitation } from '../../test/detector-table';
import { hollybrook } from '../../test/fixtures/contact-schools';
import parentContact from './parent-contact';

detectorTable(parentContact, {
  settings: hollybrook,
  valid: [
    'If any of the Y3 parents need to get hold of me, please ring the school office.',
    'Anyone got a spare gazebo for the allotment open day? Ring me.',
    'Anyone got tips for a first Year 6 residential? Message me.',
    'Conference registrations close Friday: email me with any dietary needs.',
  ],
  invalid: [
    {
      text: 'Swimming club parents – if the times change just Messenger me and I will update the rota.',
      findings: [invitation('Messenger me')],
    },
    {
      text: 'If any of the mams want the crumble recipe, just add me on Facebook.',
      findings: [invitation('add me on Facebook')],
    },
    {
      text: 'Parents at our nursery are also welcome to connect with me on here.',
      findings: [invitation('connect with me on here')],
    },
    {
      text: 'If it is quicker than the school office, text me directly on my own mobile 07700 900555.',
      findings: [invitation('text me directly on my own mobile')],
    },
    {
      text: 'Any Y4 parents who want help with the trip forms, pop round to mine after tea.',
      findings: [invitation('pop round to mine')],
    },
    {
      text: 'Anyone got spare wellies for the nursery trip? Give me a bell on 07700 900444.',
      findings: [{ kind: 'parent-contact', text: 'Give me a bell' }],
    },
    {
      text: "Year 2 parents who want to join the reading group, message me at sam.jones@example.com and I'll add you 😊",
      findings: [invitation("message me at sam.jones@example.com and I'll add you")],
    },
    {
      text: 'Junior swimming squad sign-ups are open. Email me at coach.deb@example.net with swimmer’s date of birth and any medical needs.',
      findings: [{ kind: 'parent-contact', text: 'Email me' }],
    },
    {
      text: 'Year 5 parents, if the residential coach is late you can get hold of me on 07700 900322.',
      findings: [invitation('get hold of me on')],
    },
  ],
});
