import { describe, expect, it } from 'vitest';
import { detectorTable, type ExpectedFinding } from '../../test/detector-table';
import { createChecker, compileContext, SHIPPED_DATA } from '../engine';
import sample from '../sample/sample-settings.json';
import { validateSettings } from '../settings';
import type { SchoolSettings } from '../settings/types';
import disparaging from './disparaging';

const validated = validateSettings(sample);
if (!validated.ok) throw new Error('sample settings invalid');
const settings: SchoolSettings = validated.settings;

const ATTACK = ['5.5', '5.2'];
const ALLEGATION = ['5.5', '5.2', '3.3', '3.4'];
const attack = (text: string, reason: string, clauses = ATTACK): ExpectedFinding => ({
  kind: 'disparaging',
  text,
  reason,
  clauses,
  severity: 'medium',
});

detectorTable(disparaging, {
  settings,
  valid: [
    // Negativity with no school target.
    'The fog on the bypass was horrendous this morning, forty minutes to do three miles.',
    'Wet play for the third day running. This weather is vile.',
    'Wasps at the picnic tables again, evil little things.',
    // Tiredness or dread, no one blamed.
    'Absolutely shattered tonight and I still have thirty reports to write.',
    'Dreading the data drop on Monday, wish me luck.',
    // Respectful criticism of a policy.
    'I have some reservations about the trust’s new marking policy, especially for our youngest readers.',
    'The new reporting system is a nightmare to use, hoping the next update helps.',
    'Not blaming anyone, but the referral waiting lists are far too long for our families.',
    // Praise in negative words.
    'My class killed it at the music festival, so proud of them!',
    'Year 5 gave a sick performance at the talent show tonight.',
    'These kids are insane at times tables now, twenty in a minute.',
    'Our office team are mental in the best way, they sorted everything before nine.',
    'My nursery lot were absolute menaces in the mud kitchen and I loved every minute.',
    // Self-deprecation.
    'I am so thick, I sent the trip letter out with the wrong date.',
    'I’m the most useless teacher alive before my first coffee.',
    'Feeling like a fraud at my first governors meeting tonight.',
    // Fictional villains of a set text, screens.
    'That new hospital drama is awful, the surgeons are all idiots and I cannot stop watching.',
    // Sport, politics and news.
    'That referee was useless, we were robbed in the last minute.',
    'Another minister who has never set foot in a classroom. Clowns, the lot of them.',
    // Pupils' funny words quoted kindly.
    'One of my Year 2s wrote "my teacher is old and a bit grumpy but kind" and I am framing it.',
    'A child told me my singing sounds "like a goose with a cold" and honestly, fair.',
    // Colleagues and leaders praised or pitied.
    'Our SENCo is relentless and stubborn in the best possible way, every family is lucky to have her.',
    // A past job outside schools.
    'Before teaching I worked in retail under a manager who was an absolute tyrant.',
    // Named pupils and staff, kindly.
    'Kacper was a star in the play, so proud of him.',
    'Grace had a nasty fall at lunch but she is fine now.',
    'Will Smith is a terrible actor.',
    // Own family.
    'My husband is useless at packing for holidays.',
  ],
  invalid: [
    {
      text: 'Year 6 are spoilt little brats this week.',
      findings: [attack('Year 6 are spoilt little brats this week', 'an attack on pupils')],
    },
    {
      text: '10Y3 are the laziest form I have ever taught',
      findings: [attack('10Y3 are the laziest form I have ever taught', 'an attack on pupils')],
    },
    {
      text: 'Some of the mums at the gate are absolute scruffs.',
      findings: [
        attack('Some of the mums at the gate are absolute scruffs', 'an attack on parents'),
      ],
    },
    {
      text: 'The new TA is as thick as a plank, honestly.',
      findings: [attack('The new TA is as thick as a plank, honestly', 'an attack on a colleague')],
    },
    {
      text: 'SLT are a bunch of clowns 🤡',
      findings: [attack('SLT are a bunch of clowns 🤡', "an attack on the school's leaders")],
    },
    {
      text: 'Upstairs couldn’t organise a raffle in a church hall.',
      findings: [
        attack(
          'Upstairs couldn’t organise a raffle in a church hall',
          "an attack on the school's leaders",
        ),
      ],
    },
    {
      text: 'Social workers are clueless, not one of them has read the file.',
      findings: [
        attack(
          'Social workers are clueless, not one of them has read the file',
          'an attack on other professionals',
        ),
      ],
    },
    {
      text: 'Ofsted inspectors are jumped-up pen pushers.',
      findings: [attack('Ofsted inspectors are jumped-up pen pushers', 'an attack on Ofsted')],
    },
    {
      text: 'The academy up the road is an absolute dump.',
      findings: [
        attack('The academy up the road is an absolute dump', 'an attack on another school'),
      ],
    },
    {
      text: 'Love how the council can lose a form three times and still blame us. Geniuses.',
      findings: [
        // The comment after it names no one: it is read with it, as one remark.
        attack(
          'Love how the council can lose a form three times and still blame us. Geniuses',
          'an attack on the council',
        ),
      ],
    },
    {
      text: 'Met the new SENCo today. Total waste of space, knew nothing about any of the children.',
      findings: [
        attack(
          'Total waste of space, knew nothing about any of the children',
          'an attack on a colleague',
        ),
      ],
    },
    {
      text: 'Mrs Hughes couldn’t run a bath.',
      findings: [attack('Mrs Hughes couldn’t run a bath', 'an attack on a colleague')],
    },
    {
      text: 'Head is a bully. Deputy is a coward.',
      findings: [
        attack('Head is a bully', "an attack on the school's leaders"),
        attack('Deputy is a coward', "an attack on the school's leaders"),
      ],
    },
    {
      text: 'Funny how the bursar always has a new car when the budget is "tight" 👀',
      findings: [
        attack(
          'Funny how the bursar always has a new car when the budget is "tight" 👀',
          'allegation against a colleague',
          ALLEGATION,
        ),
      ],
    },
    {
      text: 'Not saying the head fiddles the figures but the trip money never adds up.',
      findings: [
        attack(
          'Not saying the head fiddles the figures but the trip money never adds up',
          "allegation against the school's leaders",
          ALLEGATION,
        ),
      ],
    },
  ],
});

describe('disparaging: settings', () => {
  it('is switched off by "checks": {"disparaging": false}', () => {
    const text = 'Year 6 are spoilt little brats this week.';
    const on = createChecker(settings).check(text);
    const off = createChecker({ ...settings, checks: { disparaging: false } }).check(text);
    expect(on.some((f) => f.kind === 'disparaging')).toBe(true);
    expect(off.some((f) => f.kind === 'disparaging')).toBe(false);
  });

  it('never throws on long random Unicode and stays fast', () => {
    let text = '';
    let seed = 7;
    for (let i = 0; i < 100_000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      text += seed % 5 === 0 ? ' ' : String.fromCodePoint(seed % 0x2ffff);
    }
    const compiled = disparaging.compile(settings, compileContext(SHIPPED_DATA));
    // CPU time, not wall time: another process on a shared machine does not count.
    const before = process.cpuUsage();
    expect(() => disparaging.detect(text, compiled, { earlier: [] })).not.toThrow();
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });
});

// "she/they/you/these people" take their target from a sentence before. Each case is written
// for this test (not in data/tone): the warning must sit on the sentence that attacks, not on
// the harmless one that names the target, and its reason must name the group the pronoun
// points to. Each has a clean twin with the same opening.
const disparagingOf = (text: string) =>
  createChecker(settings)
    .check(text)
    .filter((f) => f.kind === 'disparaging');

describe('disparaging: pronoun targets and the group the reason names', () => {
  const cases: [opening: string, attacking: string, clean: string, group: string][] = [
    [
      'The deputy head took the staff briefing this morning.',
      'She is the most two-faced manager I have ever had the misfortune to work for.',
      'She thanked the lunch staff by name and let us go early.',
      "the school's leaders",
    ],
    [
      'One dad was waiting at the classroom door at quarter to nine.',
      'He shouted at a TA in front of the whole class and then wondered why his son copies him.',
      'He wanted to thank us for the reading support and brought biscuits.',
      'parents',
    ],
    [
      'The educational psychologist finally came in for our Year 2 boy.',
      "She clearly never opened the file and copied last year's report word for word.",
      'She spent the whole morning with him and the report was brilliant.',
      'other professionals',
    ],
    [
      'Last lesson on a Friday with Year 9.',
      'They are a feral, gobby bunch with the attention span of a gnat.',
      'They worked so hard on their posters and I was proud of them.',
      'pupils',
    ],
  ];

  it.each(cases)('%s / %s', (opening, attacking, _clean, group) => {
    const text = `${opening} ${attacking}`;
    const findings = disparagingOf(text);
    expect(findings).toHaveLength(1);
    const [found] = findings;
    expect(text.slice(found!.start, found!.end)).toBe(attacking.replace(/\.$/, ''));
    expect(found!.reason).toContain(group);
    // Still a nudge: medium, worded as a question about how it could read.
    expect(found!.severity).toBe('medium');
    expect(found!.reason).toMatch(/^This could read as/);
  });

  it.each(cases)('clean twin: %s', (opening, _attacking, clean) => {
    expect(disparagingOf(`${opening} ${clean}`)).toEqual([]);
  });

  it('names the group of the target nearest before the pronoun, not the first in the post', () => {
    const attacking = 'They are a bunch of useless cowboys who could not find a school with a map';
    const text = `Year 6 were brilliant on the trip. Then the coach company sent a driver. ${attacking}.`;
    const at = text.indexOf(attacking);
    // The warning may also cover the sentence that named the firm (disparaging/setup-and-comment).
    const onPronoun = disparagingOf(text).filter(
      (f) => f.start <= at && f.end >= at + attacking.length,
    );
    expect(onPronoun).toHaveLength(1);
    expect(onPronoun[0]!.reason).toContain('other professionals');
  });
});

describe('disparaging: a remark is the sentence naming its target and the comments after it', () => {
  // The comment names no one of its own; the first sentence alone is news. Read together,
  // as the model was trained on whole posts, they attack (disparaging/remark).
  it.each([
    [
      "The trust's new marking policy arrived today.",
      'Forty pages written by people who have never marked a book.',
      'the trust',
    ],
  ])('%s %s', (setup, comment, group) => {
    const text = `${setup} ${comment}`;
    const findings = disparagingOf(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.rule).toBe('disparaging/remark');
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe(text.replace(/\.$/, ''));
    expect(findings[0]!.reason).toContain(group);
    // Neither sentence alone is warned: the comment has no target, the setup is news.
    expect(disparagingOf(setup)).toEqual([]);
  });

  it.each([
    'Year 9 had their drama showcase today. Absolutely smashed it, so proud.',
    "Ofsted published the report this morning. Fair and thorough, we're pleased.",
    'The caretaker fixed the boiler this week. Legend, honestly.',
  ])('a kind comment after a target stays quiet: %s', (text) => {
    expect(disparagingOf(text)).toEqual([]);
  });
});
