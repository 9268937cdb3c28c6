// The built-in patterns whose literal gates are worked out at build time
// (scripts/gen-gates.ts) and checked by lib/text/gate-data.test.ts: the disparaging lists, the
// child cues and parent-contact's other-language invitations.
import { SHIPPED_ACTS } from '../lib/disparaging/acts';
import { builtInSources } from '../lib/disparaging/lexicon';
import { COVER_CUE, GROUP_CUE, NAME_PAIR } from '../lib/names/child-cues';
import { CHILD_CUE_SOURCES } from '../lib/names/child-cue-list';
import { phrasesOf } from '../lib/detectors/parent-contact';
import { INVITATION_SOURCES } from '../lib/contact/invitation-data';

export function gatedSources(): string[] {
  return [
    ...new Set([
      ...builtInSources(SHIPPED_ACTS),
      ...CHILD_CUE_SOURCES.map((cue) => cue.source),
      COVER_CUE.source,
      NAME_PAIR.source,
      GROUP_CUE.source,
      phrasesOf(INVITATION_SOURCES).language.invitation.source,
    ]),
  ];
}
