// Column headings used by school MIS exports, by what they hold. Headings are compared
// after lower-casing and removing everything but letters and digits, so "Legal Forename",
// "legal_forename" and "LEGAL FORENAME" are one heading.
//   SIMS:        Legal Forename, Preferred Forename, Legal Surname, Reg Group, Year Group
//   Arbor:       Legal first name, Preferred first name, Legal last name, Registration form, Year group
//   Bromcom:     Forename, Preferred Name, Surname, Tutor Group / Registration Group, Year
//   ScholarPack: Forename, Known As, Surname, Class, Year, Photo Consent

export type ColumnRole = 'first' | 'preferred' | 'last' | 'fullName' | 'className' | 'year';

export const COLUMN_HEADINGS: Record<ColumnRole, readonly string[]> = {
  first: [
    'legalforename',
    'legalfirstname',
    'legalgivenname',
    'forename',
    'forenames',
    'firstname',
    'firstnames',
    'givenname',
    'pupilforename',
    'pupilfirstname',
    'studentforename',
    'studentfirstname',
    'childforename',
    'childfirstname',
  ],
  preferred: [
    'preferredforename',
    'preferredfirstname',
    'preferredname',
    'knownas',
    'chosenname',
    'chosenforename',
  ],
  last: [
    'legalsurname',
    'legallastname',
    'surname',
    'lastname',
    'familyname',
    'pupilsurname',
    'pupillastname',
    'studentsurname',
    'studentlastname',
    'childsurname',
    'childlastname',
  ],
  fullName: [
    'name',
    'fullname',
    'pupilname',
    'pupil',
    'studentname',
    'student',
    'childname',
    'child',
  ],
  className: [
    'reggroup',
    'registrationgroup',
    'regform',
    'registrationform',
    'regclass',
    'registrationclass',
    'form',
    'formgroup',
    'tutorgroup',
    'class',
    'classname',
    'homeroom',
    'reg',
  ],
  year: ['yeargroup', 'year', 'ncyear', 'nationalcurriculumyear', 'curriculumyear', 'yeartaughtin'],
};

export function normaliseHeading(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const ROLE_BY_HEADING = new Map<string, ColumnRole>(
  (Object.entries(COLUMN_HEADINGS) as [ColumnRole, readonly string[]][]).flatMap(([role, names]) =>
    names.map((name) => [name, role] as [string, ColumnRole]),
  ),
);

export function roleOfHeading(heading: string): ColumnRole | undefined {
  return ROLE_BY_HEADING.get(normaliseHeading(heading));
}
