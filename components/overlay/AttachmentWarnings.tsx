// Warnings about what is attached rather than about the text: a photo-restricted pupil
// named in a post with a picture, and a photo that records where it was taken (with how to
// remove the location on common phones).
import type { AttachmentWarning } from '../../lib/photo/warnings';

export interface AttachmentWarningItemProps {
  warning: AttachmentWarning;
  clauseLink(clause: string): preact.ComponentChild;
}

export function AttachmentWarningItem({ warning, clauseLink }: AttachmentWarningItemProps) {
  const restricted = warning.id === 'photo-restricted-pupil';
  return (
    <li
      class={`finding attachment ${warning.severity}${restricted ? ' restricted' : ''}`}
      data-attachment={warning.id}
    >
      {restricted && (
        <span class="restricted-label">
          <span aria-hidden="true">⛔ </span>Not in photos
        </span>
      )}
      {!restricted && (
        <span class="attachment-label">
          <span aria-hidden="true">📍 </span>Photo location
        </span>
      )}
      <span class="reason">{warning.reason}</span>
      {warning.clauses.map((clause) => (
        <span class="clause" key={clause}>
          {clauseLink(clause)}
        </span>
      ))}
      {warning.guides.length > 0 && (
        <details class="guides">
          <summary>How to remove the location</summary>
          {warning.guides.map((guide) => (
            <div class="guide" key={guide.device}>
              <strong>{guide.device}</strong>
              <ol>
                {guide.thisPhoto.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              <span class="future">Future photos: {guide.futurePhotos.join(' ')}</span>
            </div>
          ))}
        </details>
      )}
    </li>
  );
}
