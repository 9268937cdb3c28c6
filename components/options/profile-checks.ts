// Live checks of the school profile fields (CONTRACTS.md §1 "school"), one message per field.
import type { School } from '../../lib/settings/types';

export type ListField =
  | 'aliases'
  | 'addresses'
  | 'postcodes'
  | 'emailDomains'
  | 'websites'
  | 'phones'
  | 'socialHandles'
  | 'hashtags';

export const LIST_FIELDS: readonly { field: ListField; label: string; hint: string }[] = [
  { field: 'aliases', label: 'Other names for the school', hint: 'e.g. Old Park Primary' },
  {
    field: 'addresses',
    label: 'Street addresses of school sites',
    hint: 'e.g. 1 Example Road, Telford',
  },
  { field: 'postcodes', label: 'Postcodes', hint: 'e.g. TF3 1AA' },
  { field: 'emailDomains', label: 'Official email domains', hint: 'e.g. oldpark.example.sch.uk' },
  { field: 'websites', label: 'Websites', hint: 'e.g. oldparkprimary.example.uk' },
  { field: 'phones', label: 'Phone numbers', hint: 'e.g. 01952 000000' },
  { field: 'socialHandles', label: 'Social media handles', hint: 'e.g. @OldParkPrimary' },
  { field: 'hashtags', label: 'Hashtags', hint: 'e.g. #OldParkPrimary' },
];

const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

const LINE_CHECKS: Partial<Record<ListField, (line: string) => string | null>> = {
  postcodes: (line) => (POSTCODE.test(line) ? null : 'is not a full UK postcode'),
  emailDomains: (line) =>
    line.includes('@')
      ? 'should be only the part after @'
      : DOMAIN.test(line)
        ? null
        : 'is not a domain',
  websites: (line) =>
    DOMAIN.test(line.replace(/^https?:\/\//i, '').replace(/\/.*$/, ''))
      ? null
      : 'is not a web address',
  phones: (line) => {
    const digits = line.replace(/^\+44/, '0').replace(/[\s()-]/g, '');
    return /^0\d{9,10}$/.test(digits) ? null : 'is not a UK phone number';
  },
  socialHandles: (line) =>
    /^@\w{1,50}$/.test(line) ? null : 'should start with @ and have no spaces',
  hashtags: (line) => (/^#\w{1,100}$/.test(line) ? null : 'should start with # and have no spaces'),
};

export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export function checkListField(field: ListField, text: string): string | null {
  const check = LINE_CHECKS[field];
  if (!check) return null;
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    const problem = check(line.trim());
    if (problem) return `Line ${index + 1}, "${line.trim()}", ${problem}.`;
  }
  return null;
}

export function checkSchoolName(name: string): string | null {
  return name.trim() ? null : "Enter the school's name.";
}

export type ProfileDraft = { name: string; localAuthority: string } & Record<ListField, string>;

export function draftFromSchool(school: School | null): ProfileDraft {
  const draft = {
    name: school?.name ?? '',
    localAuthority: school?.localAuthority ?? '',
  } as ProfileDraft;
  for (const { field } of LIST_FIELDS) draft[field] = (school?.[field] ?? []).join('\n');
  return draft;
}

export function schoolFromDraft(draft: ProfileDraft, previous: School | null): School {
  const school: School = { ...previous, name: draft.name.trim() } as School;
  for (const { field } of LIST_FIELDS) school[field] = linesOf(draft[field]);
  if (draft.localAuthority.trim()) school.localAuthority = draft.localAuthority.trim();
  else delete school.localAuthority;
  return school;
}
