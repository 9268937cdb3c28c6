// What the background accepts from a page's process, by shape (valibot), before any of it
// is used. Content scripts run in the page's process: a message that does not have exactly
// one of these shapes, or carries more than the limits allow, is dropped, not repaired.
import * as v from 'valibot';
import { FINDING_KINDS } from '../engine/finding';
import { PHOTO_HEAD_BYTES } from '../photo/transfer';
import { CHECK_WINDOW, THREAD_WINDOW } from './limits';
import type { ContentMessage, PopupRequest, TabFindings } from './protocol';
import type { ReminderRequest } from './reminder-protocol';

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(32));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const offset = v.pipe(count, v.maxValue(CHECK_WINDOW));
const postText = v.pipe(v.string(), v.maxLength(CHECK_WINDOW));
/** Clause ids as policies number them: "5.4", "6.2.1", "A.5.2". */
export const CLAUSE_ID = /^[A-Za-z0-9]{1,4}(?:\.[A-Za-z0-9]{1,4}){0,4}$/;
const clause = v.pipe(v.string(), v.regex(CLAUSE_ID));
const flag = v.optional(v.boolean());

const CONTENT_MESSAGE = v.variant('type', [
  v.strictObject({
    type: v.literal('check'),
    editorId: id,
    seq: count,
    text: postText,
    hasAttachment: flag,
    partial: flag,
    focus: v.optional(offset),
    thread: v.optional(v.pipe(v.string(), v.maxLength(THREAD_WINDOW))),
  }),
  v.strictObject({
    type: v.literal('edit'),
    editorId: id,
    seq: count,
    from: offset,
    to: offset,
    insert: postText,
    hasAttachment: flag,
  }),
  v.strictObject({
    type: v.literal('attachment'),
    editorId: id,
    fileName: v.pipe(v.string(), v.maxLength(255)),
    head: v.optional(v.pipe(v.string(), v.maxLength(Math.ceil(PHOTO_HEAD_BYTES / 3) * 4))),
  }),
  v.strictObject({
    type: v.literal('email-field'),
    fieldId: id,
    value: v.pipe(v.string(), v.maxLength(320)),
  }),
  v.strictObject({ type: v.literal('editor-gone'), editorId: id }),
  v.strictObject({
    type: v.literal('dismiss'),
    editorId: id,
    kind: v.picklist(FINDING_KINDS),
    text: v.pipe(v.string(), v.maxLength(1000)),
  }),
  v.strictObject({
    type: v.literal('open-page'),
    page: v.picklist(['popup', 'policy']),
    clause: v.optional(clause),
  }),
]);

/** The message if it has one of the shapes in lib/messaging/protocol.ts, else null. */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  const result = v.safeParse(CONTENT_MESSAGE, raw);
  if (!result.success) return null;
  const message = result.output;
  if (message.type === 'open-page') {
    if (message.page === 'popup') return { type: 'open-page', page: 'popup' };
    return message.clause ? { type: 'open-page', page: 'policy', clause: message.clause } : null;
  }
  if (message.type === 'edit' && message.to < message.from) return null;
  return message;
}

const POPUP_REQUEST = v.strictObject({ type: v.literal('get-tab-findings'), tabId: count });

export function parsePopupRequest(raw: unknown): PopupRequest | null {
  const result = v.safeParse(POPUP_REQUEST, raw);
  return result.success ? result.output : null;
}

const REMINDER_REQUEST = v.variant('type', [
  v.strictObject({
    type: v.literal('get-page-reminder'),
    url: v.pipe(v.string(), v.maxLength(4096)),
  }),
  v.strictObject({ type: v.literal('open-policy-clause'), clause }),
]);

export function parseReminderRequest(raw: unknown): ReminderRequest | null {
  const result = v.safeParse(REMINDER_REQUEST, raw);
  return result.success ? result.output : null;
}

const strings = v.array(v.string());
const FINDING = v.object({
  kind: v.picklist(FINDING_KINDS),
  start: count,
  end: count,
  text: v.string(),
  clauses: strings,
  severity: v.picklist(['high', 'medium', 'low']),
  reason: v.string(),
  detector: v.string(),
  // Kept by versions that named rules; an entry from before counts as unnamed, not damaged.
  rule: v.optional(v.string(), ''),
  citations: v.optional(v.array(v.object({ id: v.string(), why: v.string() }))),
  restricted: v.optional(v.literal(true)),
});
const ATTACHMENT_WARNING = v.object({
  id: v.picklist(['photo-location', 'photo-reminder', 'photo-restricted-pupil']),
  severity: v.picklist(['high', 'medium', 'low']),
  clauses: strings,
  reason: v.string(),
  fileName: v.optional(v.string()),
  name: v.optional(v.string()),
  guides: v.array(v.object({ device: v.string(), thisPhoto: strings, futurePhotos: strings })),
});
const TAB_FINDINGS = v.object({
  tabId: count,
  url: v.optional(v.string()),
  findings: v.array(FINDING),
  hasAttachment: v.optional(v.boolean()),
  attachments: v.optional(v.array(ATTACHMENT_WARNING)),
  more: v.optional(count),
  partial: v.optional(v.boolean()),
});

/** One tab's stored warnings (storage.session), or null when the entry is damaged. */
export function parseTabFindings(raw: unknown): TabFindings | null {
  const result = v.safeParse(TAB_FINDINGS, raw);
  return result.success ? result.output : null;
}
