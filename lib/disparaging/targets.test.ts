// Who a sentence is about (issue 18, point 1): the target groups the tone model is asked about.
// A sentence with no target is never judged, so a missing group is a missed attack whatever
// the model thinks. Each case is in words of its own; the quiet ones name no group.
import { describe, expect, it } from 'vitest';
import { buildLexicon, lowerAscii } from './lexicon';
import { findTargets } from './find-targets';
import { installWordData } from '../text/word-data';
import { SHIPPED_WORDS } from '../text/shipped-words';

installWordData(SHIPPED_WORDS);
const lexicon = buildLexicon([], []);
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
  ])('"%s" names none of those groups', (text) => {
    const found = labels(text).map(([label]) => label);
    expect(found).not.toContain("the school's leaders");
    expect(found).not.toContain('other professionals');
    expect(found).not.toContain('another school');
    expect(found).not.toContain('a team or service');
  });
});
