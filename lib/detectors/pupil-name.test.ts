import pupilName from './pupil-name';
import { detectorTable } from '../../test/detector-table';
import { namesSettings } from '../../test/fixtures/names-settings';

const pupil = (
  text: string,
  extra: { start?: number; reason?: string; severity?: string; flaggedBy?: string } = {},
) => ({
  kind: 'pupil-name' as const,
  text,
  ...extra,
});

detectorTable(pupilName, {
  settings: namesSettings,
  valid: [
    {
      text: 'Jacob from the supply agency messaged about Monday.',
      quietBecause: 'names/adult-affiliation',
    },
    'Oscar from HR is chasing my timesheet.',
    'George from the academy trust is visiting on Tuesday.',
    'Bethany from IT reset my password.',
    'Isaac from the garage says the car is ready.',
    'I will drop the forms in tomorrow, and may I say thank you for your patience.',
    { text: 'Max capacity is 30 so please book early.', quietBecause: 'names/ordinary-word' },
    'Summer holidays cannot come soon enough.',
    'We planted a rose bush and some ruby chard by the pond.',
    'Will you help me set up the hall after school?',
    'May the force be with you all this week!',
    'Storm Bert has flooded the car park again.',
    'Star of the week certificates go home on Friday.',
    'Precious little time to mark anything this week.',
    'Young carers group meets on Thursday after school.',
    'Green fingers needed for the allotment club.',
    'Bird song at 5am, every single morning.',
    'King Charles opened the new bridge in town.',
    "Noah's Ark display is finally up in the hall.",
    "Jacob's crackers and cheese, the marking diet.",
    {
      text: 'Theo James was brilliant in that series.',
      quietBecause: 'names/other-person/capital-after',
    },
    'Mason jars for the craft stall, anyone?',
    'Hope you all have a restful weekend.',
    'Zoe Sugg has a new book out.',
    'The Rose and Crown does a lovely Sunday lunch.',
    'Summer 2025 was a scorcher.',
    'Will Young was on the radio this morning.',
    'Grace period for library books ends on Friday.',
    'She is such a Karen about parking.',
    'Honestly, a Max in 3B2 would be lovely, we have none.',
    // A contest with someone on no list: a famous bout or a court case.
    {
      text: 'Boxing night in the hall: Oscar v Tyson on the big screen.',
      quietBecause: 'names/other-person/versus',
    },
    'We read about Donoghue versus Jacob in law club.',
    'The young ones were very green about the whole thing, bless them.',
    'I hope the king enjoyed his visit to the jade exhibition.',
    'A Max Factor advert and a Theo Walcott goal in the same hour.',
    'Oscars night again, I am too tired for red carpets.',
    'Will do! See you at 8.',
    'May need to swap duties with someone next week.',
    'Have a lovely summer everyone, see you in September!',
    'See you all in May for the residential.',
    'Amazing Grace at the carol service made me cry.',
    'summer is finally here and i am so ready',
    'Bird watching at the reserve this weekend.',
    'Mr Green, our new supply teacher, is lovely.',
    'Isaac Newton would have hated this timetable.',
    // Plants and things, places, characters, the writer's own family, pets and toys.
    'Ivy is growing all over the fence at the back.',
    'Iris bulbs are on offer at the garden centre.',
    'Rose garden in the park was glorious today.',
    'Our holiday in Holland was all bikes and cheese.',
    { text: 'We flew to Holland for half term.', quietBecause: 'names/non-person/travel-to' },
    {
      text: 'Watched Peppa Pig and George for the hundredth time.',
      quietBecause: 'names/other-person/famous',
    },
    { text: 'My own son Oscar starts school next week.', quietBecause: 'names/own-family' },
    'Our niece Summer is visiting for the weekend.',
    'my godson George turned five today',
    {
      text: 'The class teddy, Jacob, goes home with a different family each weekend.',
      quietBecause: 'names/non-person/pet-or-toy',
    },
    // Lower case stays quiet without a praise cue; a cue with no name stays quiet.
    'Well done everyone on the sponsored walk.',
    'Remember to go green on Friday for eco day.',
    'we need a turner for the woodwork club',
    // Real words that are one edit from a name, in no name-like place.
    'Scarlet fever letters went home today.',
    'The Scarlet Pimpernel is on telly tonight.',
    // A gendered surname ending is another person; a hashtag word that runs on.
    'Lewandowski scored a hat-trick last night.',
    'So much #theorywork to mark this weekend',
  ],
  invalid: [
    {
      text: 'Jacob from Year 4 read beautifully.',
      findings: [pupil('Jacob', { flaggedBy: 'names/listed-name' })],
    },
    // A class code's letters are no article: "4A2, Oscar" is still a name.
    { text: 'The newest face in 4A2, Oscar, knows everyone.', findings: [pupil('Oscar')] },
    { text: '9A3 Lucja led the warm-up today.', findings: [pupil('Lucja')] },
    { text: 'Oscar vs Jacob in the chess final!', findings: [pupil('Oscar'), pupil('Jacob')] },
    { text: 'Oscar v Year 6 at chess today', findings: [pupil('Oscar')] },
    { text: 'Oscar from class 3 found a frog.', findings: [pupil('Oscar')] },
    { text: 'Jacob from the park was there with his mum.', findings: [pupil('Jacob')] },
    {
      text: 'Jacob Ellwood from HR? No, our Jacob.',
      findings: [pupil('Jacob Ellwood'), pupil('Jacob', { start: 31 })],
    },
    { text: 'Ivy is so kind to everyone in her group.', findings: [pupil('Ivy')] },
    { text: 'Thanks to Holland for tidying the book corner.', findings: [pupil('Holland')] },
    { text: 'My niece and Oscar would get on so well.', findings: [pupil('Oscar')] },
    { text: 'well done turner on the times tables today', findings: [pupil('turner')] },
    { text: 'Top marks for Scarlet in the spelling test!', findings: [pupil('Scarlet')] },
    { text: 'Lovely effort from Jasmin on her poem.', findings: [pupil('Jasmin')] },
    { text: "Rocky's little brother came to stay and play.", findings: [pupil('Rocky')] },
    { text: 'Proud of #theolearnedtoread today', findings: [pupil('theo')] },
    {
      text: 'Cracking effort from Will today, he finally nailed his nine times table.',
      findings: [pupil('Will', { reason: 'Will is on the Year 3 Willow class list' })],
    },
    {
      text: 'Grace Whitfield won the poetry prize!',
      findings: [pupil('Grace Whitfield', { flaggedBy: 'names/full-name' })],
    },
    {
      text: 'Summer and Ruby spent all of wet play building a den.',
      findings: [pupil('Summer'), pupil('Ruby')],
    },
    {
      text: 'So proud of Max, who read to the whole hall.',
      findings: [pupil('Max', { flaggedBy: 'names/context' })],
    },
    { text: 'Happy birthday to May! Seven today 🎂', findings: [pupil('May')] },
    { text: "Jade's mum sent in cupcakes for everyone.", findings: [pupil('Jade')] },
    { text: 'Hope in Year 3 told me a joke about a skeleton.', findings: [pupil('Hope')] },
    { text: 'Mason Tait scored twice at lunchtime football.', findings: [pupil('Mason Tait')] },
    {
      text: 'millie quinn and zoe fairbairn were inseparable at the farm',
      findings: [pupil('millie quinn'), pupil('zoe fairbairn')],
    },
    { text: "Big thank you to Zoe's grandad for fixing the bench.", findings: [pupil('Zoe')] },
    { text: 'Lucja counted to twenty in Polish for us.', findings: [pupil('Lucja')] },
    { text: 'What a week #WellDoneMillie #GoMax', findings: [pupil('Millie'), pupil('Max')] },
    { text: 'Tagging @noahyoung’s dad because he asked', findings: [pupil('noahyoung')] },
    {
      text: 'Freya Bird and Noah Young held the banner.',
      findings: [pupil('Freya Bird'), pupil('Noah Young')],
    },
    { text: 'Theo Hart Davies has lost a tooth!', findings: [pupil('Theo Hart Davies')] },
    { text: 'Thanks to the Hart-Davies family for the plants.', findings: [pupil('Hart-Davies')] },
    { text: 'Aoife O’Sullivan read beautifully.', findings: [pupil('Aoife O’Sullivan')] },
    {
      text: 'Bethnay drew a dragon for me.',
      findings: [pupil('Bethnay', { reason: 'looks like Bethany' })],
    },
    { text: 'STORM AND STAR WON THE RELAY', findings: [pupil('STORM'), pupil('STAR')] },
    { text: 'Precious has been such a helper this week.', findings: [pupil('Precious')] },
    {
      text: 'Layla King and the King twins came to the fair.',
      findings: [pupil('Layla King'), pupil('King')],
    },
    { text: 'isaac was so sweet today, he shared his snack', findings: [pupil('isaac')] },
    { text: 'ruby cried at drop off but was fine by snack time', findings: [pupil('ruby')] },
    { text: 'Jacobs mum rang the office', findings: [pupil('Jacobs')] },
    {
      text: 'The Nowicki twins came in fancy dress.',
      findings: [pupil('Nowicki', { severity: 'high' })],
    },
    {
      // Surname first, as on a register: one mention of one pupil.
      text: 'Ellwood, Jacob: reading record missing',
      findings: [pupil('Ellwood, Jacob')],
    },
    {
      text: 'Kacper smashed his reading target!',
      findings: [
        pupil('Kacper', { severity: 'high', reason: "Kacper is on the school's do-not-name list" }),
      ],
    },
  ],
});
