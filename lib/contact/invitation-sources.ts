// parent-contact's phrase lists as they ship: in the checker's data file beside
// background.js (lib/engine/data.ts, CheckerData.invitations), not inside the worker's script,
// like the child cues and the act vocabulary. The lists themselves, with what each is for, are
// invitation-phrases.ts and invitation-languages.ts, joined in invitation-data.ts; this module
// holds only their shape, so that what the background imports brings none of them in.
import type { LanguageInvitations } from './invitation-languages';

/** The single-source phrase lists, by id: each names one of invitation-phrases.ts's constants
 * ("audienceFamilies" is AUDIENCE_FAMILIES). */
export const INVITATION_PHRASE_IDS = [
  'personalChannels',
  'audienceFamilies',
  'calledPupils',
  'namedSocial',
  'personalConnection',
  'ownChannel',
  'familiesAddressed',
  'labelAfter',
  'schoolOffer',
  'otherAudience',
  'askingAnyone',
  'officialChannels',
  'statementSubjectBefore',
  'happeningBefore',
  'negationBefore',
  'ifFamiliesNeedMe',
  'ownNumberGiven',
  'inPersonAfter',
  'classCode',
  'schoolEvent',
  'alsoChannelBefore',
  'otherOccasion',
  'officialSetAside',
] as const;
export type InvitationPhraseId = (typeof INVITATION_PHRASE_IDS)[number];

export interface InvitationSources {
  /** The invitations themselves (INVITATIONS), one source each; "CHANNELS" in one stands for
   * `phrases.personalChannels`. */
  invitations: readonly string[];
  phrases: Readonly<Record<InvitationPhraseId, string>>;
  /** The other languages' invitations (LANGUAGE_INVITATIONS), a language each. */
  languages: readonly LanguageInvitations[];
}

const isSource = (s: unknown) => typeof s === 'string' && s.length > 0;

/** Every phrase list present as a source, each invitation and each language's two too: what
 * the background accepts from the data file (platform/background/checker-data.ts). */
export function isInvitationSources(value: unknown): value is InvitationSources {
  const v = value as Partial<InvitationSources> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.invitations) &&
    v.invitations.length > 0 &&
    v.invitations.every(isSource) &&
    typeof v.phrases === 'object' &&
    v.phrases !== null &&
    INVITATION_PHRASE_IDS.every((id) => isSource(v.phrases![id])) &&
    Array.isArray(v.languages) &&
    v.languages.every(
      (l: Partial<LanguageInvitations> | null) =>
        typeof l?.id === 'string' && isSource(l.invitations) && isSource(l.familyOrSchool),
    )
  );
}
