// Attacks without an insult word (issue 9, held-out recall), pattern by
// pattern, each beside near misses in the same words that must stay quiet.
import { describeCategories, type DisparagingCategories } from '../../test/disparaging-table';

const PATTERNS: DisparagingCategories = {
  'sarcasm from praise words': {
    attacks: [
      [
        "Oh lovely, yet another genius plan from SLT that we'll have to sort out on Monday.",
        "the school's leaders",
      ],
      ['Oh great, the governors have decided to cut TA hours again.', "the school's leaders"],
      [
        'Well done Year 9, you managed to be the loudest group on the whole trip, what an achievement.',
        'pupils',
      ],
      ['Our "inspirational" deputy hasn\'t taught a lesson since 2019.', "the school's leaders"],
      ['Our "outstanding" head hasn\'t been seen in a classroom all term.', "the school's leaders"],
      ["Another fantastic supply teacher who couldn't work the whiteboard.", 'a colleague'],
      ['A real masterclass in chaos from our glorious leaders today.', "the school's leaders"],
      [
        'Fantastic, another "strategic" email from the CEO that nobody can understand.',
        "the school's leaders",
      ],
      ["Our so-called leaders couldn't run a tap.", "the school's leaders"],
    ],
    quiet: [
      'Oh brilliant, Year 4 won the quiz again!',
      'Another brilliant supply teacher today, the kids loved her.',
      'Well done Year 6, what an achievement, 100% in the reading test.',
      "Another fantastic assembly from Year 2, they couldn't have done better.",
      'Another brilliant trip with Year 5, nobody got lost this time!',
      'Oh lovely, the sun came out for the Year 2 picnic.',
      'Fantastic work from the trust on the new wellbeing offer.',
      'Well done to the parents who came to the reading cafe, it made a real difference.',
      'We were graded "outstanding" by Ofsted and the staff are over the moon.',
    ],
  },
  'idioms of incompetence': {
    attacks: [
      ["The new deputy couldn't organise a piss-up in a brewery.", "the school's leaders"],
      ["Our bursar couldn't count to ten with her shoes off.", 'a colleague'],
      ["That supply teacher couldn't teach a fish to swim.", 'a colleague'],
      ["The trust's CEO couldn't find his way out of a wet paper bag.", "the school's leaders"],
      [
        "Half the inspectors wouldn't last five minutes in a real classroom.",
        'other professionals',
      ],
      ["The Oakridge Multi-Academy Trust wouldn't know good teaching if it hit them.", 'the trust'],
    ],
    quiet: [
      "I couldn't organise a piss-up in a brewery this week, forgot everything.",
      "The kids couldn't find their way out of the maze at the farm, so funny.",
      "Our reception class can't count to ten yet but they're getting there.",
      "My own kids couldn't organise their bedrooms if their lives depended on it.",
    ],
  },
  'insinuations of wrongdoing': {
    attacks: [
      ["I'd love to know where the PTA money actually went, if you know what I mean.", 'the PTA'],
      ["Ask me how the head's husband suddenly got the building contract.", "the school's leaders"],
      ['The deputy fiddles the attendance figures and everyone knows it.', "the school's leaders"],
      ['I know exactly why that TA always gets the nice groups 😉', 'a colleague'],
      ["Honestly can't believe they let that woman anywhere near children.", 'someone'],
      ['The business manager suddenly has a brand new Range Rover, wonder how.', 'a colleague'],
    ],
    quiet: [
      'Where did the time go, the PTA raised so much money for the library.',
      'The TA had the easy group today 😉 lucky her, she deserved it.',
      'Everyone knows Mrs Patel makes the best cakes for the bake sale.',
      "The head's husband suddenly got very into gardening, our school garden has never looked better.",
      'Our TA always gets the best out of the quiet ones 😉',
      "I'd love to know where the time went this term.",
      'The chair of governors asked where the trip money went so we sent her the accounts.',
      'That woman at the garage fixed my tyre in ten minutes, legend.',
    ],
  },
  'sweeping contempt for pupils or families': {
    attacks: [
      ['The kids off the estate are always trouble, no surprise given the parents.', 'parents'],
      [
        "Parents who can't even get their kids dressed properly shouldn't be allowed to have children.",
        'parents',
      ],
      ['Some kids are just born bad, nothing we do will change that.', 'pupils'],
      ["Half of these parents can't even read the letters we send home.", 'parents'],
      ['Half the mums at the gate can barely write their own names.', 'parents'],
      ['Parents treat us like a free babysitting service, pathetic.', 'parents'],
    ],
    quiet: [
      "Some of the parents can't make parents' evening, so we'll offer phone calls.",
      'The kids from the estate did a brilliant litter pick this morning.',
      'Some children are born performers, what a show!',
      "Half of the parents can't make Tuesday, so we moved the meeting.",
      'We had a free babysitting night for parents at the Christmas fair.',
      'Half the mums at the gate are on the PTA committee now.',
      "Parents who can't get to school on time can use the breakfast club.",
    ],
  },
  'dismissive group labels': {
    attacks: [
      ['The governors are a bunch of nodding dogs.', "the school's leaders"],
      ['Ofsted are a load of failed teachers with clipboards.', 'Ofsted'],
      ['Educational psychologists are overpaid box-tickers.', 'other professionals'],
      ["The Riverside Academy Trust is run by a bunch of suits who've never taught.", 'the trust'],
      ['The clipboard brigade from the LA are back next week.', 'other professionals'],
      ['The lunchtime supervisors are a gaggle of gossips.', 'a colleague'],
    ],
    quiet: [
      'Our governors are a lovely bunch of volunteers.',
      'A bunch of parents volunteered to paint the fences, amazing.',
      'The Oakfield Learning Trust has new safeguarding training next week.',
      'The governing body meets on Thursday to discuss the budget.',
    ],
  },
  'mocking appearance or behaviour': {
    attacks: [
      ['One mum turned up in her dressing gown again, the absolute state of her.', 'parents'],
      ['Imagine being the dad who sends his kid in with crisps for breakfast, unreal.', 'parents'],
      ['Her little darling is spoilt rotten and it shows.', 'pupils'],
      ["The state of the new science teacher's lesson plans, honestly.", 'a colleague'],
    ],
    quiet: [
      'The state of the playground after the storm, honestly.',
      'The dad at pick-up helped me carry the PE kit, lovely man.',
      'One mum came in her slippers because the car broke down, bless her.',
      'Imagine being a teacher in the 1800s, the kids wrote on slates!',
    ],
  },
  'more targets': {
    attacks: [
      ['The bursar is a jobsworth.', 'a colleague'],
      ['CAMHS are useless, six months and nothing.', 'other professionals'],
      ['The dinner ladies are vile to the little ones.', 'a colleague'],
    ],
    quiet: [
      'The EPs have a long waiting list this term.',
      'Our business manager has worked wonders with the budget this year.',
      'The dinner ladies did an amazing job with the Christmas lunch.',
      "The trust's CEO visited today and she was really supportive.",
    ],
  },
  'praise slang and kind questions': {
    attacks: [],
    quiet: [
      'Our Year 5s were savage in the quiz, 48 out of 50!',
      'My class were filthy at the spelling bee, full marks.',
      'Year 6 were wicked at the quiz, top score in the county.',
      'A child asked if I was born in the olden days when there were dinosaurs.',
      'A little one asked whether I lived at school and slept in the cupboard.',
    ],
  },
};

describeCategories('disparaging, attacks without an insult word', PATTERNS);
