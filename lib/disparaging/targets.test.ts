// Who a sentence is about (issue 18, point 1): the target groups the tone model is asked about.
// A sentence with no target is never judged, so a missing group is a missed attack whatever
// the model thinks. Each case is in words of its own; the quiet ones name no group.
import { SHIPPED_ACTS } from './acts';
import { describe, expect, it } from 'vitest';
import { buildLexicon, lowerAscii } from './lexicon';
import { findTargets } from './find-targets';
import { installWordData } from '../text/word-data';
import { SHIPPED_WORDS } from '../text/shipped-words';

installWordData(SHIPPED_WORDS);
const lexicon = buildLexicon([], [], SHIPPED_ACTS);
const labels = (text: string) =>
  findTargets(lowerAscii(text), text, lexicon, []).map((t) => [
    t.label,
    text.slice(t.start, t.end),
  ]);

describe('target groups', () => {
  it.each([
    // Colleges and Welsh schools say learners; FE groups go by level.
    ['Our learners on the bricklaying course never bring a pen.', 'pupils', 'learners'],
    ['The apprentices think the tea break is the job.', 'pupils', 'apprentices'],
    ['Sixth formers parked in the staff bays again.', 'pupils', 'Sixth formers'],
    ['The Upper Sixth were given the revision timetable twice.', 'pupils', 'The Upper Sixth'],
    ['Level 2 group lost the keys to the workshop.', 'pupils', 'Level 2 group'],
    // A private nursery's leaders, and "Head" opening a sentence.
    ['The nursery owner counts the wipes.', "the school's leaders", 'nursery owner'],
    ['Head wants the displays changed by Monday.', "the school's leaders", 'Head'],
    // Firms by their trade, with up to three words before the firm noun.
    [
      'The window cleaning contract company sent nobody.',
      'other professionals',
      'The window cleaning contract company',
    ],
    ['Lift company came out for the fourth time.', 'other professionals', 'Lift company'],
    [
      'That staffing agency sent us a chemist for PE.',
      'other professionals',
      'That staffing agency',
    ],
    [
      'Plumbers left the boys\u2019 toilets worse than they found them.',
      'other professionals',
      'Plumbers',
    ],
    // The writer's own college or centre, and another school by its saint.
    ['The college has changed the timetable again.', 'the school', 'The college'],
    ["St Cuthbert's always seem to find extra funding.", 'another school', "St Cuthbert's"],
    // A body named by what it does: a few words, then team, service, desk, bureau, hub.
    ['The county music service lost our booking.', 'a team or service', 'The county music service'],
    ['Our pensions bureau got it wrong again.', 'a team or service', 'Our pensions bureau'],
    [
      'The behaviour outreach hub never rings back.',
      'a team or service',
      'The behaviour outreach hub',
    ],
    // A role opening a sentence with no "the", and roles added to the role nouns.
    ['Attendance liaison worker cancelled again.', 'a colleague', 'Attendance liaison worker'],
    ['Our union rep forwards emails and little else.', 'a colleague', 'Our union rep'],
    ['The moderation examiner skimmed every script.', 'a colleague', 'The moderation examiner'],
    // Other schools by their kind, and the capitals staff use for a role.
    ['That prep school is all crest and no content.', 'another school', 'That prep school'],
    ['The local comprehensives pick and choose.', 'another school', 'The local comprehensives'],
    ['VP walked straight past the fight.', "the school's leaders", 'VP'],
    ['Our SIP spent the visit on her phone.', 'other professionals', 'SIP'],
    // Colleagues pointed at but not named, and a newcomer by who they are.
    ['Certain members of staff vanish at tidy-up time.', 'a colleague', 'Certain members of staff'],
    [
      'Folk in this department love a meeting about meetings.',
      'a colleague',
      'Folk in this department',
    ],
    [
      'The new guy in geography has opinions on my displays.',
      'a colleague',
      'The new guy in geography',
    ],
    // A child or a family by its surname, capitals and all.
    ['Best of luck with the Fairweather twins this year.', 'a pupil', 'the Fairweather twins'],
    [
      'The Lindqvist family seem to think term dates are optional.',
      'parents',
      'The Lindqvist family',
    ],
    // Welsh-medium year groups and key stages.
    ['Blwyddyn 8 after wet play are something else.', 'pupils', 'Blwyddyn 8'],
    ['Key Stage 3 assemblies are a lost cause.', 'pupils', 'Key Stage 3'],
    // The boss, the back office by its short name, the firms that feed and drive them.
    ['My boss rewrote my report without asking.', "the school's leaders", 'My boss'],
    ['Trust HR have lost my form for the third time.', 'a team or service', 'Trust HR'],
    ['Payroll managed to underpay every TA in the county.', 'a team or service', 'Payroll'],
    ['The caterers call it lasagne.', 'other professionals', 'caterers'],
    ['Our taxi escorts turn up when they fancy it.', 'other professionals', 'Our taxi escorts'],
    // The writer's workplace, unnamed.
    ['Teaching here is like bailing out a boat with a sieve.', 'the school', 'Teaching here'],
    // A department with no "the", a split site's other half, the trust's central office.
    ['Music department borrowed our keyboards and kept them.', 'colleagues', 'Music department'],
    ['The other campus never return a single stapler.', 'colleagues', 'The other campus'],
    ['Somebody at council headquarters lost the bid.', 'colleagues', 'council headquarters'],
    // "Whoever" with a place of two words and the verbs of an errand.
    [
      'Whoever in the finance office ordered forty glue guns should explain.',
      'a colleague',
      'Whoever in the finance office ordered',
    ],
    // Leaders: the principalship, the chair by what she does, the head in Welsh and Gaelic.
    ['The principalship announced another initiative.', "the school's leaders", 'principalship'],
    ['Our chair still thinks we have a swimming pool.', "the school's leaders", 'Our chair'],
    ['Mae’r pennaeth wedi newid y rota eto, classic.', "the school's leaders", 'pennaeth'],
    ['The ceannard skipped the parents’ night again.', "the school's leaders", 'ceannard'],
    // The surgery, a trainee's tutor, the engineers, the county by its hall or its services.
    [
      'Our local surgery sends every child back with a leaflet.',
      'other professionals',
      'Our local surgery',
    ],
    ['Uni tutors never answer a single email.', 'other professionals', 'Uni tutors'],
    [
      'Their heating engineers left the hall at six degrees.',
      'other professionals',
      'Their heating engineers',
    ],
    ['Someone at County Hall moved the deadline again.', 'the council', 'County Hall'],
    ['County highways left the crossing unpainted.', 'the council', 'County highways'],
    // Other settings round about, nurseries too.
    ['That private nursery by the station poaches our staff.', 'another school', 'private nursery'],
    [
      'Mainstream secondaries send us their hardest cases.',
      'another school',
      'Mainstream secondaries',
    ],
    ['Academies round here pick and choose.', 'another school', 'Academies round here'],
  ])('"%s" is about %s', (text, label, words) => {
    expect(labels(text)).toContainEqual([label, words]);
  });

  it.each([
    'We had good company on the walk.',
    "St Cuthbert's Day is a lovely excuse for a bake sale.",
    'The path leads to St Ninian of Whithorn.',
    'Builders tea, two sugars, please.',
    // A sports team is no service; "the kids in the team" are pupils, not a team.
    'Our netball team won the league!',
    'Proud of the kids in the team today.',
    'The bus service was cancelled because of snow.',
    // The furniture, a shop's department, a town's surgery hours as news.
    'Our chair by the window is the comfy one.',
    'The toy department at the big store was heaving.',
  ])('"%s" names none of those groups', (text) => {
    const found = labels(text).map(([label]) => label);
    expect(found).not.toContain("the school's leaders");
    expect(found).not.toContain('other professionals');
    expect(found).not.toContain('another school');
    expect(found).not.toContain('a team or service');
  });

  it.each([
    // Plain "some people" is anyone online; a surname needs a child or family noun after it.
    'Some people will complain about anything these days.',
    'The Beatles were my dad\u2019s whole personality.',
    'Loved the Gruffalo books when I was little.',
  ])('"%s" names nobody at all', (text) => {
    expect(labels(text)).toEqual([]);
  });
});
