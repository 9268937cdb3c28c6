// What is stored, where it stays, and how to remove all of it.
import { focusOnMount } from './Problems';
import { useState } from 'preact/hooks';

export interface PrivacyPanelProps {
  pupilCount: number;
  staffCount: number;
  classCount: number;
  onDeleteAll(): Promise<void>;
}

export function PrivacyPanel({
  pupilCount,
  staffCount,
  classCount,
  onDeleteAll,
}: PrivacyPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');

  async function deleteAll() {
    await onDeleteAll();
    setConfirming(false);
    setStatus('All school data has been deleted from this browser.');
  }

  return (
    <section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Privacy</h2>
      <p>
        This browser holds the names of {pupilCount} pupils in {classCount} classes and {staffCount}{' '}
        staff. They never leave this browser: nothing is sent to any server, and the pages you post
        on never see the lists — posts are checked inside the extension.{' '}
        <a href="privacy.html" target="_blank">
          Read the privacy statement
        </a>
        .
      </p>
      {confirming ? (
        <div role="group" aria-label="Confirm deleting all school data">
          <p>Delete the class lists, staff, school profile and every other setting?</p>
          <button type="button" onClick={deleteAll} ref={focusOnMount}>
            Yes, delete everything
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Delete all school data
        </button>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
