// Messages between the content script, the background and the popup. Types only.
// Content scripts send text and get findings back; settings never travel to them.
import type { AttachmentWarning } from '../photo/warnings';
import type { Finding } from '../engine/finding';

/** Name of the long-lived port a content script opens to the background. */
export const CHECK_PORT = 'before-you-post/check';

/** Content script → background, over the CHECK_PORT port. */
export type ContentMessage =
  | {
      type: 'check';
      editorId: string;
      seq: number;
      text: string;
      hasAttachment?: boolean;
      /** The text is a CHECK_WINDOW-long part of a longer post (lib/messaging/check-window.ts). */
      partial?: boolean;
      /** Where in `text` the person is working: checked first when time is short. */
      focus?: number;
      /**
       * The end of the text the box replies to (lib/dom/thread.ts), at most THREAD_WINDOW
       * characters: page text, used only to say who a "she" or "they" in the post means.
       * Held for the editor's later `edit`s; a `check` without it means there is none.
       */
      thread?: string;
    }
  /** The same, as a change to the last text sent (lib/messaging/text-edit.ts): long posts cross cheaply. */
  | {
      type: 'edit';
      editorId: string;
      seq: number;
      from: number;
      to: number;
      insert: string;
      hasAttachment?: boolean;
    }
  /**
   * An image was attached in the compose area: its name and the base64 of its first
   * PHOTO_HEAD_BYTES (lib/photo/transfer.ts), read in the background for a GPS position.
   * Without `head` (a video, or a file that could not be read) it only marks the attachment.
   */
  | { type: 'attachment'; editorId: string; fileName: string; head?: string }
  /** The value of an email field on a watched page: is it a school address? */
  | { type: 'email-field'; fieldId: string; value: string }
  /** The editor lost focus or was removed: its warnings no longer count on the badge. */
  | { type: 'editor-gone'; editorId: string }
  /** The user dismissed a finding for this post ("not a pupil"). */
  | { type: 'dismiss'; editorId: string; kind: Finding['kind']; text: string }
  /** The overlay's links: the popup for this tab, or one policy clause. */
  | { type: 'open-page'; page: 'popup' }
  | { type: 'open-page'; page: 'policy'; clause: string };

/** Background → content script, over the same port. */
export type BackgroundMessage =
  | {
      type: 'findings';
      editorId: string;
      seq: number;
      findings: Finding[];
      /** Warnings about what is attached rather than the text: photo location, restricted pupils. */
      attachments?: AttachmentWarning[];
      /** The tab the content script runs in, for links such as `popup.html?tab=N`. */
      tabId?: number;
      /** The clauses of the school's policy the photo reminder cites (none: it has none). */
      photoClauses?: string[];
      /** Findings beyond MAX_FINDINGS_SENT that were not sent. */
      more?: number;
      /** Part of the text is not checked: the post is longer than CHECK_WINDOW, or time ran out. */
      partial?: boolean;
    }
  /** An edit arrived for text the background no longer has (worker restarted): send it whole. */
  | { type: 'need-text'; editorId: string }
  /**
   * The answer to `email-field`: whether to show the school-email note beside it, and the
   * clauses of the school's policy it cites (none when the policy has no clause on it).
   */
  | { type: 'school-email'; fieldId: string; isSchoolEmail: boolean; clauses?: string[] }
  /** The keyboard shortcut: open (or close) the warnings card of the editor being edited. */
  | { type: 'toggle-card'; editorId: string }
  /**
   * The key the browser has assigned to the shortcut, for the card to show (content scripts
   * cannot read it); empty when the person removed it. Sent when the check port opens.
   */
  | { type: 'shortcut'; keys: string }
  /** Record main-thread time as performance measures (the end-to-end timing test only). */
  | { type: 'measure' };

/** Popup → background, with runtime.sendMessage. */
export type PopupRequest = { type: 'get-tab-findings'; tabId: number };
export interface TabFindings {
  tabId: number;
  url?: string;
  findings: Finding[];
  /** A photo or video was attached in the compose box: the overlay shows the photo reminder. */
  hasAttachment?: boolean;
  /** Warnings about the attachments (photo location, photo-restricted pupils); counted on the badge. */
  attachments?: AttachmentWarning[];
  /** Findings beyond MAX_FINDINGS_SENT that are not kept here. */
  more?: number;
  /** Part of the post was not checked (longer than CHECK_WINDOW, or time ran out). */
  partial?: boolean;
}
