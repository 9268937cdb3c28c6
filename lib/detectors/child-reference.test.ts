import childReference from './child-reference';
import { detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

const child = (text: string, start?: number) => ({
  kind: 'child-reference' as const,
  text,
  ...(start !== undefined ? { start } : {}),
});

detectorTable(childReference, {
  settings: namesSettings,
  valid: [
    'My son Jack has decided to become a vet.',
    // Appositives, mentoring and "little" with no work context, or the writer's own child.
    'One of the girls, Zara, from uni is visiting this weekend.',
    'Met a lovely lad, Dave, at the garage who fixed my car for free.',
    'A girl, Becky, at the gym told me about this place.',
    'This student, Marcus, from the uni helped me move house.',
    'Supporting a new student nurse on the ward, Gemma, this month.',
    'A girl, Bronwen, from the staffroom covered my duty today.',
    'Mentoring a new colleague this term, Gareth. He is ace.',
    'Our little Ruaridh at playgroup won a sticker today!',
    'Little Women at the cinema, Tess, was a joy.',
    "My friend's daughter, a girl called Isla, turned four today.",
    'A child in my class asked if I live at school.',
    'Watched a new boy band documentary last night.',
    'In Year 6 we are reading about Anne Frank.',
    'My niece Poppy and my nephew Alfie came for tea.',
    'Harry from accounts brought doughnuts.',
    'A boy called Arthur Pendragon pulled the sword from the stone.',
    'At book club Sarah recommended a thriller.',
    'A boy I used to know, Gary, runs the pub now.',
    'At nursery Mum said she would pick up.',
    'Sarah from Year 6 covered my duty so I could get to the dentist.',
    'Priya in Year 2 made me a brew after that meeting.',
    'Behaviour in Y6 has been challenging this term.',
    'Attendance in Year 3 is down again.',
    'Punctuality in Year 5 needs work.',
    'Wellbeing in Y6 matters to all of us.',
    'Progress from my Year 2s has been lovely to see.',
    'Key stage 2 results are out.',
    'Key worker Dawn is retiring.',
  ],
  invalid: [
    {
      text: 'A Year 9 stopped me today. This girl, Orla, wants to be a vet.',
      findings: [child('Orla')],
    },
    {
      text: 'At the open evening one shy boy, Ruaridh, asked about lunches.',
      findings: [child('Ruaridh')],
    },
    {
      text: 'Tutoring a Year 10 from the next town this spring, Anwen.',
      findings: [child('Anwen')],
    },
    {
      text: 'We coached a keen lad at the festival, Jaxon, and he scored.',
      findings: [child('Jaxon')],
    },
    {
      text: 'Every Friday little Zuzia from the infants next door waves at us.',
      findings: [child('Zuzia')],
    },
    {
      text: 'A boy in my Year 4 group called Zayn asked if I had a pet dragon.',
      findings: [child('Zayn')],
    },
    { text: 'A girl I tutor, Naomi, passed her eleven plus.', findings: [child('Naomi')] },
    { text: 'At breakfast club Kian spilled the juice again.', findings: [child('Kian')] },
    {
      text: 'A little girl in my nursery group, Tilly, said she was a dinosaur.',
      findings: [child('Tilly')],
    },
    {
      text: "Rocky's little brother Benji came to collect him.",
      findings: [child('Benji')],
    },
    { text: 'Key child Bonnie did her first painting today.', findings: [child('Bonnie')] },
    { text: 'Tilly from my key group was asking for you.', findings: [child('Tilly')] },
    { text: 'Reggie from my Year 2s lost a tooth.', findings: [child('Reggie')] },
    { text: 'Darcey from my phonics set read a whole page.', findings: [child('Darcey')] },
    { text: 'Florence in Year 1 sang the whole song.', findings: [child('Florence')] },
    { text: 'My key child Bella slept through story time.', findings: [child('Bella')] },
    { text: 'One of my tutees, Oskar, got full marks on his mock.', findings: [child('Oskar')] },
    { text: 'Freddie from Year 6 helped me carry the PE kit.', findings: [child('Freddie')] },
    { text: 'Esme from Year 6 read her story to the whole hall.', findings: [child('Esme')] },
    {
      text: "Millie's little sister Ava came to the gate with a drawing.",
      findings: [child('Ava')],
    },
    { text: 'New girl started on Monday, Delilah. She is lovely.', findings: [child('Delilah')] },
    {
      text: 'Covering Year 1 this week. Alfie and Grayson fought over the red pen.',
      findings: [child('Alfie'), child('Grayson')],
    },
    {
      text: 'Supply in Year 2 today. Tia and Rocco argued about dinosaurs. Tia won.',
      findings: [child('Tia', 24), child('Rocco'), child('Tia', 62)],
    },
  ],
});
