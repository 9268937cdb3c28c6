// The only registry of detectors. The order they run in comes from what each declares it
// reads (Detector.reads, lib/engine/order.ts): child-reference, parent-contact and
// disparaging read the findings of others, so those run first. The listing order below
// decides only between detectors that need nothing of each other.
import type { Detector } from '../engine/detector';
import { orderByNeeds } from '../engine/order';
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

export const detectors: readonly Detector<any>[] = orderByNeeds([
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
]);
