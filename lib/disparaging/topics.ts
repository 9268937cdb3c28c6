// Past jobs and things (not people) that harsh words are often about: guards
// for the judge (judge.ts), regular-expression sources like guards.ts.

/** A past job outside schools: the writer's old managers are not 5.5 targets. */
export const PAST_JOBS = [
  'before (?:teaching|retraining|i (?:became|trained))',
  'call cent(?:re|er)',
  'retail',
  'logistics',
  'when i worked (?:in|at|for)',
  'in my (?:old|last|previous) job',
];

/**
 * Things, not people: "the trust's new policy is a nightmare" criticises a
 * policy (allowed), not the trust. Quiets a weak act when one of these stands
 * between the target and the act.
 */
export const THINGS = [
  'policy',
  'policies',
  'system',
  'process',
  'scheme',
  'framework',
  'curriculum',
  'programme',
  'website',
  'portal',
  'app',
  'forms?',
  'paperwork',
  'workload',
  'deadlines?',
  'timetable',
  'budget',
  'funding',
  'building',
  'heating',
  'roof',
  'car park',
  'printer',
  'photocopier',
  'wifi',
  'emails?',
  'meetings?',
  'training',
  'inset',
  'marking',
  'reports?',
  'data',
  'weather',
  'traffic',
  'parking',
  'food',
  'coffee',
  'toilets',
  'rules?',
  'guidance',
  'changes?',
  'decision',
  'booking',
  'consultation',
  'software',
  'laptops?',
  'computers?',
  'internet',
];
