// The categories of the recall review of issue 12 (item 5), each in new words with the quiet
// cases beside it: a personal number given for something families do for school (a book
// fair, disco tickets, out of hours), a second channel offered with an invitation ("…, or
// phone 07700 …"), a number just before "or message me", an invitation told over two
// sentences, and invitations in the languages of a school's families. Quiet: a number for a
// lost dog, for friends, for colleagues or for a club rota; the school's own number; an
// employer asked to email; a sale in Polish.
import { detectorTable, invitation } from '../../test/detector-table';
import type { ExpectedFinding } from '../../test/detector-table';
import { hollybrook } from '../../test/fixtures/contact-schools';
import parentContact from './parent-contact';

const flagged = (text: string, flaggedBy: string): ExpectedFinding => ({
  kind: 'parent-contact',
  text,
  flaggedBy,
});
const alsoChannel = (text: string) => flagged(text, 'parent-contact/also-channel');
const otherLanguage = (text: string) => flagged(text, 'parent-contact/other-language');
const schoolEventNumber = (text: string) => flagged(text, 'parent-contact/school-event-number');
const schoolBusiness = (text: string) => flagged(text, 'parent-contact/school-business');
const permission = (text: string) => flagged(text, 'parent-contact/permission');
const sameSentence = (text: string) => flagged(text, 'parent-contact/same-sentence-channel');

detectorTable(parentContact, {
  settings: hollybrook,
  valid: [
    // a lost dog, friends, colleagues, a club's rota: personal numbers, but not for families
    'Our spaniel Bramble got out near the allotments, please text me on 07700 900376 if you spot her',
    'Changed phones, my new number is 07700 900219, text me so I have yours x',
    'Colleagues on the cover rota, text me on 07700 900452 if you can swap Thursday',
    'Christmas fair rota for the rugby club: text me on 07700 900148 if you can help',
    // the school's own number is the official channel
    'Disco tickets are on sale now, ring the office on 0117 496 0555 to book',
    // an employer asked to email, with the word "school" in it
    'Ten years in teaching and ready for a new role: any school with a vacancy, email me at r.okafor@example.com',
    // a sale and a colleague's request in Polish: no family or school words
    'Sprzedam rower, napisz do mnie na WhatsApp 07700 900390',
    'Koledzy, piszcie do mnie na Messenger w sprawie kursu',
    // a trainee's or a new starter's network: "school" or "teacher" alone is not families
    'Just finished my first term as a teacher, DM me on here if you are thinking about training',
    'Loving my new school, drop me a DM on here if you want to know how the interview went',
    // employers, lost pets, a lift-share pick-up point, the school's own address after it
    'Employers: if you can take a Y10 student for a week in June, please get in touch with me',
    'Has anyone seen a grey whippet near the park? Belongs to my neighbour, ring me on 07700 900135',
    'Spare seats to the panto, text me on 07700 900921, pick-up from 12 Alder Way',
    'Work experience forms for Year 10 are due Friday, contact me at t.ward@hollybrook.example.sch.uk',
    // old friends, a reunion's group chat, the writer's own mum
    'Retired at last! Add me on Facebook, old friends from college',
    'Anyone from the class of 2009? Add me and I will put you in the group chat',
    'Can you ring me when you get a chance, Mum? The boiler has gone again',
    // what families already do, with a channel named: still a statement
    'The parents can message me on WhatsApp at all hours, which is exhausting',
    // a class group as the subject of a statement, not a call to join it
    'Our class Facebook group is run by two of the dads, not by staff',
    // "take it in turns" is not bringing things in to school
    'We take it in turns to drive, ring me on 07700 900613 if you want a lift to the gym',
  ],
  invalid: [
    {
      // a personal number for the book fair: families are the readers though never named
      text: 'Helpers wanted for the book fair on Friday, text me on 07700 900432 if you can do a morning',
      findings: [schoolEventNumber('text me')],
    },
    {
      text: 'Tickets for the Halloween disco are £3, WhatsApp me on 07700 900517 to save one',
      findings: [schoolEventNumber('WhatsApp me')],
    },
    {
      text: 'Anyone needing me out of hours about the coat collection, ring me on 07700 900288',
      findings: [schoolEventNumber('ring me')],
    },
    {
      // a second channel with the number after it, far enough to stand alone
      text: 'Y5 families, DM me on here if you have any questions at all about the choir trip next month, and email sam.dee@example.com with the forms',
      findings: [invitation('DM me on here'), alsoChannel('email')],
    },
    {
      // close to the first: one warning
      text: 'Swimming gala parents: drop me a message on here, or phone 07700 900664',
      findings: [invitation('drop me a message on here, or phone')],
    },
    {
      // the number just before "or message me" is the channel beside it
      text: 'Anyone after a swimming teacher near school? My friend Dee has spaces, her number is 07700 900734, or message me and I will put you in touch',
      findings: [invitation('message me')],
    },
    {
      // an invitation told over two sentences is one warning
      text: 'Parents, my home number is 01632 960771 if you need me this weekend. Ring any time.',
      findings: [
        invitation('my home number is 01632 960771 if you need me this weekend. Ring any time'),
      ],
    },
    {
      // the number that makes "ring me" personal (a class code beside it) makes "message me",
      // offered with it in the same sentence, personal too
      text: "Anyone wanting a P3 reading buddy just message me and I'll sort out a time that suits, or ring me on 07700 900591",
      findings: [sameSentence("message me and I'll sort out a time that suits, or ring me")],
    },
    {
      // a personal number beside a school event
      text: "If anyone wants sports day photos just message me and I'll sort it, or call me on 07700 900591",
      findings: [schoolEventNumber("message me and I'll sort it, or call me")],
    },
    {
      // Polish: "Dear parents, about the trip write to me on WhatsApp"
      text: 'Drodzy rodzice, w sprawie wycieczki napiszcie do mnie na WhatsApp 07700 900845',
      findings: [otherLanguage('napiszcie do mnie')],
    },
    {
      // Welsh: "Oak class parents: contact me on Messenger if there is a question"
      text: 'Rhieni Dosbarth Derw: cysylltwch â fi ar Messenger os oes cwestiwn',
      findings: [otherLanguage('cysylltwch â fi')],
    },
    {
      // Romanian: "Dear parents, for the trip write to me on WhatsApp"
      text: 'Dragi părinți, pentru excursie scrieți-mi pe WhatsApp',
      findings: [otherLanguage('scrieți-mi')],
    },
    {
      // Lithuanian: "Parents, about the trip call me on …"
      text: 'Tėveliai, dėl ekskursijos paskambinkite man 07700 900213',
      findings: [otherLanguage('paskambinkite man')],
    },
    {
      // the writer says they gave a parent their number: the invitation is what it was for
      text: "My key child's dad asked at the gate, so I gave him 07700 900826 so he can text me about swimming",
      findings: [permission('text me')],
    },
    {
      // a personal network offered for something families do with school
      text: 'Any questions about the Christmas play, drop me a DM on here 🙂',
      findings: [schoolBusiness('drop me a DM on here')],
    },
    {
      // the open line after the number is one warning with it
      text: 'Families: if the office line is busy, my number is 07700 900458, happy to chat anytime',
      findings: [invitation('my number is 07700 900458, happy to chat anytime')],
    },
    {
      // Bengali in Latin letters: "Mums and dads, for the school trip WhatsApp me"
      text: 'Ammu-abbu, school trip er jonno amake WhatsApp korben 07700 900361',
      findings: [otherLanguage('amake WhatsApp korben')],
    },
    {
      // a class code and spellings: families' school business, though no family is named
      text: 'Anyone in 4B still missing their spellings, inbox me',
      findings: [schoolBusiness('inbox me')],
    },
    {
      text: 'Hi all, any probs with the reading records give us a bell on 07700 900514',
      findings: [schoolBusiness('give us a bell')],
    },
    {
      text: 'Footie lads, add my snap for the fixtures: mr_goals22',
      findings: [invitation('add my snap')],
    },
    {
      text: "Any of my form group can message me on Snap if they're stuck",
      findings: [invitation('message me on Snap')],
    },
    {
      // families told they can use a channel the writer names
      text: 'Families of P6 pupils can text me on my personal phone about the residential',
      findings: [permission('text me on my personal phone')],
    },
    {
      text: 'If your child wants to read to me over the holidays, they can voice note me on WhatsApp',
      findings: [permission('voice note me on WhatsApp')],
    },
    {
      text: 'my whatsapp is 07700 900188 if any of the nursery parents want a chat',
      findings: [invitation('my whatsapp is')],
    },
    {
      text: "I'm on Snapchat as mr_h_science if any of my tutor group get stuck",
      findings: [invitation("I'm on Snapchat as")],
    },
    {
      text: 'Year 1 families, send me a picture of the finished castle on WhatsApp',
      findings: [invitation('send me a picture')],
    },
    {
      text: 'If your daughter is nervous about the mocks, tell her she can snapchat me anytime',
      findings: [permission('snapchat me')],
    },
    {
      text: 'Text me pls if ur kid is off sick tomorrow, 07700 900493',
      findings: [invitation('Text me')],
    },
    {
      text: 'Kids, my YouTube is Miss K Maths, subscribe for the times tables songs!',
      findings: [invitation('my YouTube is')],
    },
    {
      // photos of the children: a school thing sent to the writer's own channel
      text: 'Please send any videos of the children at the panto to me on WhatsApp',
      findings: [invitation('send any videos of the children at the panto to me on WhatsApp')],
    },
  ],
});
