// What a content script may be told about a finding. Content scripts run in the
// web page's process, and our overlay is readable by the page, so a warning sent
// there repeats only what the person typed: never a class name, a corrected
// spelling or a full name they did not write. The popup, an extension page,
// gets the full reason from the background.
import type { Finding } from '../engine/finding';

export function pageSafeReason(finding: Finding): string {
  const typed = `“${finding.text}”`;
  switch (finding.kind) {
    case 'pupil-name':
      return finding.restricted
        ? `${typed} is on the school's do-not-name list`
        : `${typed} matches a pupil on the school's class lists`;
    case 'staff-name':
      return `${typed} matches a name on the school's staff list`;
    default:
      return finding.reason;
  }
}

export function toPageFinding(finding: Finding): Finding {
  return { ...finding, reason: pageSafeReason(finding) };
}
