// The only registry of detectors. Order matters: a detector sees the findings of
// those before it (context.earlier), so the name detectors run before the ones
// that build on names (child-reference, disparaging).
import type { Detector } from '../engine/detector';
import pupilIdentifier from './pupil-identifier';
import schoolIdentifier from './school-identifier';
import pupilName from './pupil-name';
import staffName from './staff-name';
import childReference from './child-reference';
import phoneNumber from './phone-number';
import emailAddress from './email-address';
import postalAddress from './postal-address';
import parentContact from './parent-contact';
import disparaging from './disparaging';

export const detectors: readonly Detector<any>[] = [
  pupilIdentifier,
  schoolIdentifier,
  pupilName,
  staffName,
  childReference,
  phoneNumber,
  emailAddress,
  postalAddress,
  parentContact,
  disparaging,
];
