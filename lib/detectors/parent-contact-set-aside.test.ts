// The categories of session 7's recall review (issue 12, item 5), in new words with the quiet
// cases beside them: the official channel set aside ("if the office phone rings out, text me
// on …"), "ring my mobile", "my number in case …", "catch me on Messenger", "check your message
// requests", "give my class account a follow @…", things sent "over to my own email" or "to
// my email" with an address after it, families "from school" and "any 11s who …", a need told
// as a state ("if your child is stuck, they can …"), "find me on Facebook … add me and I'll …",
// and "add me" in Portuguese and Spanish. Quiet: "ring me, not the office" to colleagues, the
// office named as the way, "add me to the rota", an advert "if interested", a charity
// shop beside a friend's sale, "my email" with no address.
import { detectorTable, invitation } from '../../test/detector-table';
import type { ExpectedFinding } from '../../test/detector-table';
import { hollybrook } from '../../test/fixtures/contact-schools';
import parentContact from './parent-contact';

const setAside = (text: string): ExpectedFinding => ({
  kind: 'parent-contact',
  text,
  flaggedBy: 'parent-contact/instead-of-official',
});
const permission = (text: string): ExpectedFinding => ({
  kind: 'parent-contact',
  text,
  flaggedBy: 'parent-contact/permission',
});
const otherLanguage = (text: string): ExpectedFinding => ({
  kind: 'parent-contact',
  text,
  flaggedBy: 'parent-contact/other-language',
});

detectorTable(parentContact, {
  settings: hollybrook,
  valid: [
    // the office named as the way, and a colleague's rota with "not the office"
    'If the office phone is busy please try again after ten, the office is the best way to reach us',
    'Off sick today team, any cover questions ring me on 07700 900377 not the office',
    // the office set aside for colleagues, and families sent to the app rather than the office
    "Colleagues: if you can't get through to the office about cover, text me on 07700 900909",
    'Rather than ringing the office, parents please use the app to report absences',
    // "add me to the rota" asks for a place on a list, not a connection
    'Sign-up sheet for the staff quiz is in the staffroom, or add me to the rota',
    // an advert to anyone
    'Piano lessons available on Saturdays now my diary has space. Message me if interested!',
    // "my email" with no address after it is as likely the school one
    'Send them to my email and I will print them in the morning',
    // a colleague asked about a template, "tips" with no revision
    'Any tips for running a staff book club? Drop me a DM',
  ],
  invalid: [
    {
      text: 'If the office phone just rings out, text me on 07700 900381 and I will pass it on',
      findings: [setAside('text me')],
    },
    {
      text: 'If no one answers at the office, just WhatsApp me on 07700 900815',
      findings: [setAside('WhatsApp me')],
    },
    {
      text: 'The office closes at 3 on Fridays so text me after that about pick up',
      findings: [setAside('text me')],
    },
    {
      text: 'Dojo keeps playing up, drop me a message on Facebook if you need me',
      findings: [setAside('drop me a message on Facebook')],
    },
    {
      text: "Can't get through to reception about the coach? Ring my mobile 07700 900262",
      findings: [setAside('Ring my mobile')],
    },
    {
      text: 'The videos are too big for Seesaw so message me on here and I will send them',
      findings: [setAside('message me on here')],
    },
    {
      text: 'My mobile in case the office lines are down tomorrow: 07700 900415',
      findings: [setAside('My mobile in case')],
    },
    {
      text: 'Any of the dads from nursery who want the fixture list, catch me on Messenger',
      findings: [invitation('catch me on Messenger')],
    },
    {
      text: "Parents of Year 4, please give my class account a follow @mrs_v_year4 and I'll post the spellings",
      findings: [invitation('give my class account a follow @mrs_v_year4')],
    },
    {
      text: 'Sponsor forms late? Pop them over to my own email: kay.r.home@example.com',
      findings: [invitation('Pop them over to my own email')],
    },
    {
      text: 'Parents, send the consent forms to my email jo.farrow1@example.com by Friday',
      findings: [invitation('send the consent forms to my email')],
    },
    {
      text: 'Spare book bags going to anyone from school who needs one, DM me',
      findings: [invitation('DM me')],
    },
    {
      text: 'Any 11s who want extra help before mocks, text me on 07700 900619',
      findings: [invitation('text me')],
    },
    {
      text: 'Year 9 parents: if your son is stuck on the project, he can message me on WhatsApp',
      findings: [permission('message me on WhatsApp')],
    },
    {
      text: "Not on the parents' WhatsApp? You can find me on Facebook – add me and I'll share the news",
      findings: [invitation('find me on Facebook – add me')],
    },
    {
      text: 'Pais do 2º ano, adicionem-me no WhatsApp para as fotos da visita',
      findings: [otherLanguage('adicionem-me')],
    },
    {
      text: 'Padres de la clase, agréguenme en WhatsApp para las fotos',
      findings: [otherLanguage('agréguenme')],
    },
  ],
});
