// Generalising to other schools' posts (issue 9): each category of how people
// write attacks, with attacks in new words and near misses that must stay quiet.
import { describeCategories, type DisparagingCategories } from '../../test/disparaging-table';

const CATEGORIES: DisparagingCategories = {
  // Once exact cases of the detector's table; the tone model gets these wrong today.
  'fiction, kind wishes and short attacks': {
    attacks: [
      ['Old Park Primary is going down the drain.', 'the school'],
      ['Kacper is a nightmare, he wrecked every lesson this week.', 'a pupil'],
      ['Amelia\u2019s mum is a nutter', 'parents'],
    ],
    quiet: [
      'The giant in our class reader is a vile, greedy bully and Year 3 hiss whenever he appears.',
      'The head is off poorly this week, sending her all the love.',
    ],
  },
  'targets by department, role, group or "whoever"': {
    attacks: [
      ['The geography department are a pack of idiots.', 'colleagues'],
      ['Our admissions team is completely useless.', 'colleagues'],
      ['Our cover supervisor is an absolute muppet.', 'a colleague'],
      ['The new data manager is a total jobsworth.', 'a colleague'],
      ['Whoever planned this week\u2019s duty rota is a clown.', 'a colleague'],
      ['My top set are so lazy this term it is unreal.', 'pupils'],
      ['Set 3 are the laziest lot I have ever taught.', 'pupils'],
      ['This year\u2019s intake are feral.', 'pupils'],
      ['Brook Lane Juniors is a dump.', 'another school'],
      ['My \u2018mentor\u2019 is a total snake.', 'a colleague'],
    ],
    quiet: [
      'The geography department ran a brilliant field trip.',
      'Our admissions team sorted every place by Friday, thank you!',
      'My set of highlighters is useless, every one has dried up.',
      'The set for the panto is a disaster, the paint is still wet.',
      'Whoever planned the staff party did an amazing job.',
      'My partner is an idiot, he washed my lanyard.',
      'Brook Lane Juniors were brilliant hosts for the cross-country.',
    ],
  },
  'British insult vocabulary': {
    attacks: [
      ['The finance officer is a tight-fisted skinflint.', 'a colleague'],
      ['Our deputy is a pompous old windbag.', "the school's leaders"],
      ['The parents on the PTA are a gaggle of nosy parkers.', 'parents'],
      ['The office staff are miserable old trouts.', 'colleagues'],
      ['Half the governors are total chancers.', "the school's leaders"],
      ['Year 11 are a bunch of work-shy no-hopers.', 'pupils'],
      ['The maths department are a pack of weasels.', 'colleagues'],
      ['Our head of year is so patronising it hurts.', "the school's leaders"],
    ],
    quiet: [
      'I was such a nitwit today, locked myself out of my classroom.',
      'The kids found a toad by the pond and named it Gerald.',
      'Year 3 dressed as snowflakes for the winter show, so cute.',
      'The council rejects most of our grant bids, which is frustrating.',
      'Year 2 need more wet wipes after the painting session.',
      'Year 9 are a bunch of superstars, every one of them passed.',
    ],
  },
  'contempt by shape, not word': {
    attacks: [
      ['The new trust adviser has never taught a class in her life.', 'a colleague'],
      ["SLT haven't a clue what goes on in Year 4.", "the school's leaders"],
      ["That dad thinks he's god's gift, honestly, get over yourself.", 'parents'],
      ['Some parents should be ashamed of themselves.', 'parents'],
      ['What a shambles the admissions team are.', 'colleagues'],
      ['Honestly the parenting round here is shocking, zero parenting.', 'parents'],
      ["The business manager only got the post because she's the head's sister.", 'a colleague'],
      ["Our head couldn't run a tombola stall.", "the school's leaders"],
      ['Whoever wrote the new uniform rules needs their head testing.', 'a colleague'],
    ],
    quiet: [
      "I've never taught a class this size before, wish me luck!",
      "Honestly, I haven't a clue what goes on in the new maths scheme yet.",
      'We have no future plans for the field yet, the council will decide.',
      'Our parenting workshop had a great turnout this week.',
    ],
  },
  'doom, slacking and closing verdicts': {
    attacks: [
      ['That lad in 9B is heading nowhere fast.', 'a pupil'],
      ['The kids from that family are all the same.', 'pupils'],
      ['That family are nothing but trouble.', 'parents'],
      ['The head swanned off to a conference again while we covered.', "the school's leaders"],
      ['Supply teacher left no plans and marked nothing. Useless.', 'a colleague'],
    ],
    quiet: [
      'The kids were in big trouble for the water fight, but it was funny.',
      'All the same, Year 5 had a fab time at the farm.',
      'The printer jammed twice this morning. Useless.',
      'No hope of the kids getting out at break in this rain.',
    ],
  },
  'passive-aggressive thanks, mock kindness, emoji': {
    attacks: [
      ['Thanks so much to the site team for losing the PE kit again.', 'colleagues'],
      ['Cheers SLT for absolutely nothing this term.', "the school's leaders"],
      ['Lovely of the deputy to leave early while we stayed to tidy.', "the school's leaders"],
      ['Always fun being lectured by a consultant half my age.', 'other professionals'],
      ['The governors 🤡', "the school's leaders"],
      ['Parents forgot the trip money again 🙄', 'parents'],
    ],
    quiet: [
      'Thank you to the parents for not parking on the zigzags this week.',
      'Thanks so much to the site team for fixing the boiler.',
      'Lovely to be told by Year 2 that my story was the best ever.',
      'Year 6 production tomorrow and I still need to learn my lines 🙄',
      'Worst Year 4 assembly ever, said nobody ever.',
    ],
  },
  'people by job or kin, adjectives before people, insinuation by aside': {
    attacks: [
      ['The canteen lady is a grumpy old moo.', 'a colleague'],
      ['That nan at pickup is a nasty old bag.', 'parents'],
      ['Year 8 are honestly the most horrible kids, vile children.', 'pupils'],
      ['Our caretaker does nothing all day but read the paper.', 'a colleague'],
      ['The head of science struts about like he owns the place.', "the school's leaders"],
      ['The governors must be having a laugh with this pay offer.', "the school's leaders"],
      [
        'The deputy\u2019s husband got the building contract, funnily enough.',
        "the school's leaders",
      ],
      ['The bursar uses the fund like her own cash machine.', 'a colleague'],
      ['The kitchen team are a bunch of lazy old sods.', 'colleagues'],
    ],
    quiet: [
      'Year 3 wore sheep costumes for the nativity and stole the show.',
      'Year 9 decided Macbeth was a vile tyrant, great discussion.',
      'My dad always said the council were useless, but they fixed our road in a day.',
      'The school hamster escaped and ate a whole register, the little thief.',
      'The old man in our class book is a grumpy old git, the kids adore him.',
      'The reprographics team printed 400 programmes in an hour, legends.',
    ],
  },
  'comparisons, compounds, failing and bitter praise': {
    attacks: [
      ['Our exams officer has the memory of a goldfish and the charm of a brick.', 'a colleague'],
      ['The trust\u2019s data lead is a complete waste of oxygen.', 'a colleague'],
      ['The MFL department are a laughing stock.', 'colleagues'],
      ['Our deputy is a spreadsheet merchant who never leaves his office.', "the school's leaders"],
      ['The new phase leader is totally out of her depth.', 'a colleague'],
      ['Our head only cares about the league tables.', "the school's leaders"],
      ['Year 7 are basically unteachable this term.', 'pupils'],
      ["Our governors wouldn't recognise a good lesson if it bit them.", "the school's leaders"],
      ['Well done to the trust for another pointless restructure.', 'the trust'],
      ['The infants school down the road is a shambles.', 'another school'],
    ],
    quiet: [
      'The merchant navy careers talk with Year 10 was fascinating.',
      "I'm out of my depth with the new software, any tips?",
      'A girl in Year 3 told me my singing was the worst, fair enough.',
      'Well done to Year 6 for tidying up after the leavers party.',
      'A shower of rain stopped play on sports day, the kids loved it.',
      'The infants school down the road lent us their gazebos, so kind.',
    ],
  },
  'titles in scare quotes, incompetence idioms, eye-rolled thanks': {
    attacks: [
      ["The council 'head of inclusion' is a slimy little toad.", 'the council'],
      ["Our office team couldn't boil an egg.", 'colleagues'],
      ['The IT support team are about as reliable as a paper umbrella.', 'colleagues'],
      ['The Year 4 team are a clique of mean girls.', 'colleagues'],
      ['Cheers governors for the lovely pay freeze 🙄', "the school's leaders"],
      ['The new cover manager is a total drip.', 'a colleague'],
    ],
    quiet: [
      'Love my class, love my job 💛',
      'Year 2 made pancakes and I loved every sticky minute 💦',
      'Our office team baked for the whole staff, thank you! 🥰',
      "I couldn't boil an egg at their age either 😂",
    ],
  },
  'more adjectives before epithets, superlatives, local schools': {
    attacks: [
      ["The LA's transport officer is a gormless lump.", 'a colleague'],
      ['Our finance lead is a penny-pinching robot.', 'a colleague'],
      ['Year 8 parents are the most entitled lot in the county.', 'parents'],
      ['Our new deputy is a jumped-up nobody.', "the school's leaders"],
      ['The local academy are a bunch of cowboys.', 'another school'],
      ['Whoever ran the fire drill has the leadership skills of a goldfish.', 'a colleague'],
    ],
    quiet: [
      "It is nobody's fault the coach broke down, Year 4 were great about it.",
      'Year 6 built a robot that sorts recycling, amazing.',
      'The rudest joke in the Christmas cracker made the whole staffroom laugh.',
      'The local academy lent us their minibus, so kind.',
    ],
  },
};

describeCategories('disparaging, by category', CATEGORIES);
