// The background's half of attachment warnings: reads the first bytes of an attached photo
// for a GPS position (exifr runs here, never in a content script) and combines an editor's
// photos and text findings into its attachment warnings. Nothing is uploaded or kept on disk.
import { photoRestrictedNames, restrictedPhotoWarnings } from '../../lib/photo/restricted-photo';
import { readPhotoLocation, type PhotoLocation } from '../../lib/photo/read-location';
import { decodePhotoHead } from '../../lib/photo/transfer';
import { photoWarnings, type AttachmentWarning, type PhotoClauses } from '../../lib/photo/warnings';
import { topicClauses } from '../../lib/policy/mapping';
import type { SchoolEmailSettings } from '../../lib/school/school-email';
import type { Finding } from '../../lib/engine/finding';
import type { SchoolSettings } from '../../lib/settings/types';
import type { PolicyPack } from '../../lib/policy/types';

/** What attachment and email checks need from the settings, worked out once per settings. */
export interface AttachmentContext {
  photoRestricted: ReadonlySet<string>;
  email: SchoolEmailSettings;
  /** The clauses of the school's policy that photo warnings cite. */
  photoClauses: PhotoClauses;
  /** The clauses of the school's policy that the school-email note cites. */
  schoolEmailClauses: string[];
}

/**
 * The context, with the clauses the school's own policy gives photo and school-email
 * warnings (lib/policy/citations.ts) worked out when a photo or an email first needs them:
 * reading the policy for them is not in the way of the worker's first answer.
 */
function withPolicyClauses(
  policy: PolicyPack,
  context: Pick<AttachmentContext, 'photoRestricted' | 'email'>,
): AttachmentContext {
  const byTopic = topicClauses(policy);
  return {
    ...context,
    get photoClauses() {
      return { photos: byTopic.photos, location: byTopic['photo-location'] };
    },
    get schoolEmailClauses() {
      return byTopic['school-email'];
    },
  };
}

/** Before any checker is built: no school, and no policy to cite. */
export const NO_ATTACHMENT_CONTEXT: AttachmentContext = withPolicyClauses(
  { format: 'policy-pack', version: 1, title: '', clauses: [] },
  { photoRestricted: new Set(), email: { school: { emailDomains: [] } } },
);

/** The context for `settings`; `seed` is the seed's policy, cited when they have none of their
 * own (it comes with the checker's data: policy-in-use.ts says why). */
export function attachmentContextOf(settings: SchoolSettings, seed: PolicyPack): AttachmentContext {
  return withPolicyClauses(settings.policy ?? seed, {
    photoRestricted: photoRestrictedNames(settings),
    email: { school: { emailDomains: settings.school.emailDomains ?? [] } },
  });
}

/** The position an attached photo records, from the base64 head the content script sent. */
export async function locateAttachment(head: string | undefined): Promise<PhotoLocation | null> {
  const bytes = head === undefined ? null : decodePhotoHead(head);
  return bytes ? readPhotoLocation(bytes) : null;
}

/**
 * An editor's attachment warnings, most serious first: photo-restricted pupils named in the
 * text (only when something is attached), then each photo that records where it was taken.
 * The photo reminder itself is drawn from `hasAttachment`, so it is not repeated here.
 */
export function attachmentWarningsFor(
  photos: ReadonlyMap<string, PhotoLocation | null>,
  findings: readonly Finding[],
  hasAttachment: boolean,
  context: AttachmentContext,
): AttachmentWarning[] {
  const located = photoWarnings(
    [...photos].map(([fileName, location]) => ({ fileName, location })),
    context.photoClauses,
  ).filter((w) => w.id === 'photo-location');
  const restricted = restrictedPhotoWarnings(
    findings,
    context.photoRestricted,
    hasAttachment,
    context.photoClauses.photos,
  );
  return [...restricted, ...located];
}
