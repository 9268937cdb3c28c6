// Attacks told by sentence shape (shapes.ts) and the targets added with them:
// attacks in new words, and near misses that must stay quiet.
import { describeCategories, type DisparagingCategories } from '../../test/disparaging-table';

const CATEGORIES: DisparagingCategories = {
  'open comparisons and trailing epithets': {
    attacks: [
      ['Our data manager has the brains of a wheelie bin.', 'a colleague'],
      ['The governors have the IQ of a wet sponge.', "the school's leaders"],
      ['Year 11 trashed the library again, savages.', 'pupils'],
      ['The council cut our SEND funding again, parasites 🙃', 'the council'],
      ['The site manager is a walking health and safety hazard.', 'a colleague'],
    ],
    quiet: [
      'Year 5 learned that the brains of an octopus are in its arms, amazing.',
      'Our science technician is a walking encyclopaedia, so helpful.',
      'We watched a documentary about vultures, brilliant.',
      'Dinner at the zoo, animals everywhere 😂',
    ],
  },
  'scare quotes and "imagine being…"': {
    attacks: [
      ['Our deputy\u2019s "consultation" means telling us on the day.', "the school's leaders"],
      ['The trust\u2019s idea of "support" is a webinar at 6pm.', 'the trust'],
      [
        'Imagine being so lazy you hand out word searches in every cover lesson, you know who you are.',
        'a colleague',
      ],
      [
        'Imagine being a deputy head and still not knowing how the register works.',
        "the school's leaders",
      ],
      ['The office "forgot" to pass my message on again.', 'colleagues'],
    ],
    quiet: [
      'Year 3 learned what "photosynthesis" means today!',
      'Imagine being a Victorian child in a mill, Year 5 asked brilliant questions.',
      'I was in the office "forgot" my lanyard again, typical me.',
    ],
  },
  'mock congratulations and mock praise by shape': {
    attacks: [
      ['Well done to the exams officer for managing to lose the seating plan.', 'a colleague'],
      ['Yet another genius scheme from the trust, four new spreadsheets.', 'the trust'],
      ['The new ICT teacher, truly the brightest bulb in the box.', 'a colleague'],
      ['What are the feeder primaries even teaching in Year 6?', 'another school'],
    ],
    quiet: [
      'Well done to Year 6 for managing to raise \u00a3300 for the food bank!',
      'She is not the brightest bulb in the box but she tries so hard, my little star.',
    ],
  },
  'insinuation, fabrication and favouritism': {
    attacks: [
      [
        'The head handed his niece the office manager job, cronyism at its finest.',
        "the school's leaders",
      ],
      ['Our bursar says the minibus fund is "spent", that explains a lot.', 'a colleague'],
      ['The inspector clearly hadn\u2019t opened our folder.', 'other professionals'],
      ['The ed psych made the whole thing up after one visit.', 'other professionals'],
      ['I reckon the new deputy faked her references.', "the school's leaders"],
      [
        'The deputy head got the top job. Funny that, she sat on the interview panel.',
        "the school's leaders",
      ],
      ['Some mums think we\u2019re a free babysitting service.', 'parents'],
      ['Ask the PTA treasurer where the raffle money ended up.', 'the PTA'],
      [
        'Our bursar booked herself a first-class train again, just asking questions.',
        'a colleague',
      ],
    ],
    quiet: [
      'I clearly hadn\u2019t read the head\u2019s email properly, my fault.',
      'The council clearly can\u2019t control the weather, but the gritters were out at 5am.',
      'She\u2019s the brightest spark in the box, my Year 2 star.',
      'My class clearly hadn\u2019t had breakfast, so we did toast.',
      'Parents, please ignore any text asking for bank details.',
      'We made it up to the kids with an extra playtime.',
      'Year 3 had a science day. Funny how they all wanted to be volcanoes \u{1F602}',
      'My mum came to the fair. Funny how she always finds the cake stall first.',
      'Parents think we\u2019re doing a great job with the new reading scheme, lovely feedback.',
      'Parents, ask the office where your child is at pick-up if the class has moved.',
      'Just asking the question: does anyone have a spare gazebo for the fair?',
    ],
  },
  'incompetence and idleness by shape': {
    attacks: [
      ['Our head of year barely knows what she\u2019s doing.', "the school's leaders"],
      ['The new maths teacher is all mouth and no trousers.', 'a colleague'],
      ['The caretaker spends his whole day on his phone.', 'a colleague'],
      [
        'Sat through the bursar\u2019s budget talk, the woman is a walking spreadsheet.',
        'a colleague',
      ],
      ['Our network manager is the reason nothing loads before 10am.', 'a colleague'],
      ['The supply agency scrapes the bottom of the barrel for us.', 'other professionals'],
      ['The deputy head hasn\u2019t taught a lesson since 2005.', "the school's leaders"],
      ['Our moderator grades coursework with a dartboard.', 'a colleague'],
      ['That lad is a bad egg, always has been.', 'a pupil'],
    ],
    quiet: [
      'I don\u2019t know what they\u2019re doing for the Christmas fair yet.',
      'All work and no play for Year 11 this week, mocks start Monday.',
      'I haven\u2019t taught a lesson since 2019, nervous about going back.',
      'We were in the office all morning sorting the trip money.',
      'My husband is a walking disaster in the kitchen, the TA laughed at my photos.',
      'Our network manager is the reason the new laptops arrived early, hero.',
      'The reception kids played darts with velcro balls, so much fun.',
    ],
  },
};

describeCategories('disparaging, shapes', CATEGORIES);
