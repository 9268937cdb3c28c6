import { detectorTable } from '../../test/detector-table';
import { clausesOf } from '../../test/fixtures/contact-schools';
import { hollybrook } from '../../test/fixtures/contact-schools';
import parentContact from './parent-contact';

const invite = (text: string) => ({
  kind: 'parent-contact' as const,
  text,
  clauses: clausesOf('parent-contact'),
  severity: 'high',
  reason: 'personal social media',
});

detectorTable(parentContact, {
  settings: hollybrook,
  valid: [
    // a channel named as a label, a bare statement, a fellow parent
    'Class WhatsApp: reminder that tomorrow is non-uniform, love Mrs P',
    'Parents Facebook group | Year 4 | Photos from the trip',
    'My private email is down again so I have missed everything',
    "Swap tips with me if you're a parent too, always happy to message other mums",
    // official channels
    'Parents, please contact the office with any questions',
    'Parents can message me on Class Dojo or email the school office',
    'Mums and dads, follow the school Facebook page for updates',
    'If parents want to talk to me please go through the office',
    // aimed at colleagues, strangers, customers; the writer as a parent
    'Any teachers who want my phonics planning, DM me',
    'Colleagues, message me if you want the slides',
    'Selling my old bike, DM me',
    'Anyone teaching Year 6 want my SATs pack? DM me',
    'Staff, DM me your orders for the Christmas do',
    'Parents evening went well but my mobile died halfway',
    'DM me for the recipe!',
    'The reception was lovely, DM me for the photographer',
    'Follow me on Insta for more cake pics',
    'Fellow parents, message me about the car share',
    'As a mum of two, message me if you want the uniform',
    // statements and refusals, not invitations
    'The parents message me constantly, it is exhausting',
    "I've had 3 parents message me about the trip already",
    'Any tips for teaching fractions to Year 4? My inbox is open!',
    'They add me on Facebook and I always decline',
    'Parents, please do not message me on Facebook',
    'Parents keep sending me friend requests and I never accept them',
    'Parents are not welcome to message me on Facebook',
    'My DMs are not open to parents',
    // open channels offered to colleagues or strangers; pupils mentioned, not called on
    'My insta is open to colleagues who want planning ideas',
    'My DMs are open to any teachers wanting the planning',
    'Find me on LinkedIn if you are a recruiter',
    'Follow me on TikTok for more dance videos',
    'I love my kids, follow me on Insta for cake pics',
    'Kids loved it! Follow me on insta for more',
    'The kids at the party, find me on Facebook later',
    'Parents are welcome to contact the office',
    'Parents are welcome to chat to me at pick-up',
  ],
  invalid: [
    {
      text: 'Parents, add me on Facebook: Jo Bloggs Teaches',
      findings: [invite('add me on Facebook')],
    },
    {
      text: 'Year 3 families, join our class WhatsApp: link in the newsletter',
      findings: [invite('class WhatsApp')],
    },
    {
      text: 'Any questions about the trip, ring me on my own number tonight',
      findings: [invite('ring me on my own number')],
    },
    {
      text: 'For the mock results send me an email at my private address please',
      findings: [invite('send me an email at my private address')],
    },
    {
      text: "Message me if you're a carer after resources for reading at home",
      findings: [invite('Message me')],
    },
    {
      text: 'Any parents who want the booklet, drop me a message',
      findings: [invite('drop me a message')],
    },
    { text: 'Parents, feel free to DM me', findings: [invite('DM me')] },
    {
      text: "add me on Facebook and I'll send you the photos",
      findings: [invite('add me on Facebook')],
    },
    { text: 'add me on Snapchat', findings: [invite('add me on Snapchat')] },
    {
      text: 'Message me on WhatsApp if your child is poorly',
      findings: [invite('Message me on WhatsApp')],
    },
    {
      text: 'Year 6, hit me up on snap if you need revision help',
      findings: [invite('hit me up on snap')],
    },
    { text: 'Class parents: my DMs are always open', findings: [invite('my DMs are always open')] },
    {
      text: 'Parents drop me a friend request for the trip pics',
      findings: [invite('drop me a friend request')],
    },
    {
      text: 'Happy to accept friend requests from parents',
      findings: [invite('accept friend requests')],
    },
    {
      text: 'Reception families, follow my insta for updates',
      findings: [invite('follow my insta')],
    },
    {
      text: 'Join my private Facebook group, parents!',
      findings: [invite('Join my private Facebook group')],
    },
    { text: "Parents, I'll DM you the details", findings: [invite("I'll DM you")] },
    { text: 'Parents can text me on 07700 900123', findings: [invite('text me')] },
    {
      text: 'Parents, give me a shout on Facebook',
      findings: [invite('give me a shout on Facebook')],
    },
    {
      text: "Year 4 parents: here's my personal number",
      findings: [invite("here's my personal number")],
    },
    { text: 'Join our class WhatsApp', findings: [invite('class WhatsApp')] },
    { text: 'My Reception class, inbox me on here', findings: [invite('inbox me on here')] },
    // pupils called on directly, with no other audience word
    {
      text: "Find me on TikTok kids, I'm @mrjdances",
      findings: [invite('Find me on TikTok')],
    },
    {
      text: 'Right boys and girls, follow me on Snapchat',
      findings: [invite('follow me on Snapchat')],
    },
    // invitations worded as statements
    {
      text: 'My insta is open if any of the mums want to chat about the residential',
      findings: [invite('My insta is open')],
    },
    {
      text: 'My Facebook inbox is always open for parents',
      findings: [invite('My Facebook inbox is always open')],
    },
    {
      text: 'Parents are always welcome to chat to me on WhatsApp',
      findings: [invite('chat to me on WhatsApp')],
    },
    {
      text: 'Parents are welcome to message me on Facebook',
      findings: [invite('message me on Facebook')],
    },
    {
      text: "Mums and dads, I'm on Facebook if you need me over the holidays",
      findings: [invite("I'm on Facebook if")],
    },
    {
      text: 'Year 5s, slide into my DMs if you are stuck',
      findings: [invite('slide into my DMs')],
    },
  ],
});
