// Pupils a school has said must not appear in images (restriction "photo"): naming one in a
// post that carries a photo or video raises one high warning, citing the school's photos
// clauses (the seed policy's 6.9). Runs in the background, which holds the class lists; the
// warning carries only the name as typed.
import type { Finding } from '../engine/finding';
import { foldName } from '../text/fold';
import type { SchoolSettings } from '../settings/types';
import type { AttachmentWarning } from './warnings';

/** Folded as the name check folds words (lib/text/fold.ts), spaces collapsed, a possessive
 * dropped: how a typed name is compared with the list. The name check finds "Lucja" for a
 * listed "Łucja", so both must give "lucja" here too. */
export function nameKey(name: string): string {
  return foldName(
    name
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/[’']s$/u, ''),
  );
}

/** Every way the school's photo-restricted pupils may be written: first, preferred, last, full. */
export function photoRestrictedNames(settings: Pick<SchoolSettings, 'classes'>): Set<string> {
  const names = new Set<string>();
  for (const schoolClass of settings.classes) {
    for (const pupil of schoolClass.pupils) {
      if (!Array.isArray(pupil.restrictions) || !pupil.restrictions.includes('photo')) continue;
      const firsts = [pupil.first, pupil.preferred].filter((n): n is string => !!n?.trim());
      for (const first of firsts) {
        names.add(nameKey(first));
        if (pupil.last?.trim()) names.add(nameKey(`${first} ${pupil.last}`));
      }
      if (pupil.last?.trim()) names.add(nameKey(pupil.last));
    }
  }
  names.delete('');
  return names;
}

export function restrictedPhotoWarning(typedName: string, clauses: string[]): AttachmentWarning {
  return {
    id: 'photo-restricted-pupil',
    severity: 'high',
    clauses,
    reason: `${typedName} must not appear in photos or videos: the school has asked that this pupil is not shown in images. Check this picture before you post.`,
    name: typedName,
    guides: [],
  };
}

/**
 * One warning per photo-restricted pupil named in a post that carries an image or video; none
 * when nothing is attached. Repeats of a name (any case) count once.
 */
export function restrictedPhotoWarnings(
  findings: readonly Finding[],
  restricted: ReadonlySet<string>,
  hasMedia: boolean,
  clauses: string[],
): AttachmentWarning[] {
  if (!hasMedia || restricted.size === 0) return [];
  const seen = new Set<string>();
  const warnings: AttachmentWarning[] = [];
  for (const finding of findings) {
    if (finding.kind !== 'pupil-name') continue;
    const key = nameKey(finding.text);
    if (!restricted.has(key) || seen.has(key)) continue;
    seen.add(key);
    warnings.push(restrictedPhotoWarning(finding.text, clauses));
  }
  return warnings;
}
