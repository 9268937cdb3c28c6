// parent-contact's phrase lists joined as they ship (data): in data/checker-data.json beside
// background.js (lib/engine/shipped-data.ts), read by the detector from its CheckerData
// (lib/detectors/parent-contact.ts). About 16 KB of patterns the worker's script no longer
// carries. What each list is for: invitation-phrases.ts and invitation-languages.ts.
import { LANGUAGE_INVITATIONS } from './invitation-languages';
import {
  ALSO_CHANNEL_BEFORE,
  ASKING_ANYONE,
  AUDIENCE_FAMILIES,
  CALLED_PUPILS,
  CLASS_CODE,
  FAMILIES_ADDRESSED,
  HAPPENING_BEFORE,
  IF_FAMILIES_NEED_ME,
  IN_PERSON_AFTER,
  INVITATIONS,
  LABEL_AFTER,
  NAMED_SOCIAL,
  NEGATION_BEFORE,
  OFFICIAL_CHANNELS,
  OFFICIAL_SET_ASIDE,
  OTHER_AUDIENCE,
  OTHER_OCCASION,
  OWN_CHANNEL,
  OWN_NUMBER_GIVEN,
  PERSONAL_CHANNELS,
  PERSONAL_CONNECTION,
  SCHOOL_EVENT,
  SCHOOL_OFFER,
  STATEMENT_SUBJECT_BEFORE,
} from './invitation-phrases';
import type { InvitationSources } from './invitation-sources';

export const INVITATION_SOURCES: InvitationSources = {
  invitations: INVITATIONS,
  phrases: {
    personalChannels: PERSONAL_CHANNELS,
    audienceFamilies: AUDIENCE_FAMILIES,
    calledPupils: CALLED_PUPILS,
    namedSocial: NAMED_SOCIAL,
    personalConnection: PERSONAL_CONNECTION,
    ownChannel: OWN_CHANNEL,
    familiesAddressed: FAMILIES_ADDRESSED,
    labelAfter: LABEL_AFTER,
    schoolOffer: SCHOOL_OFFER,
    otherAudience: OTHER_AUDIENCE,
    askingAnyone: ASKING_ANYONE,
    officialChannels: OFFICIAL_CHANNELS,
    statementSubjectBefore: STATEMENT_SUBJECT_BEFORE,
    happeningBefore: HAPPENING_BEFORE,
    negationBefore: NEGATION_BEFORE,
    ifFamiliesNeedMe: IF_FAMILIES_NEED_ME,
    ownNumberGiven: OWN_NUMBER_GIVEN,
    inPersonAfter: IN_PERSON_AFTER,
    classCode: CLASS_CODE,
    schoolEvent: SCHOOL_EVENT,
    alsoChannelBefore: ALSO_CHANNEL_BEFORE,
    otherOccasion: OTHER_OCCASION,
    officialSetAside: OFFICIAL_SET_ASIDE,
  },
  languages: LANGUAGE_INVITATIONS,
};
