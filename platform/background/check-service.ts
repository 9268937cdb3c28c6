// The background's side of the check port: checks text from content scripts,
// remembers each editor's live warnings, and keeps the tab's badge equal to the
// count in the editor being edited (CONTRACTS.md §4). Browser calls come in as
// `deps` so that tests can drive it with fake ports.
//
// The background is shared by every tab, and content scripts run in pages' processes, so
// every message is checked by shape first (lib/messaging/validate.ts) and work is bounded:
// a message only records the editor's newest text; checks run one at a time from a queue
// holding at most one entry per editor, so text superseded while it waited is never
// checked; each check stops after CHECK_BUDGET_MS and carries on later, behind the other
// tabs' checks; replies and stored findings hold at most MAX_FINDINGS_SENT.
import { toPageFinding } from '../../lib/messaging/page-safe';
import type { Checker } from '../../lib/engine';
import type { PhotoLocation } from '../../lib/photo/read-location';
import type { AttachmentWarning } from '../../lib/photo/warnings';
import type { BackgroundMessage, ContentMessage, TabFindings } from '../../lib/messaging/protocol';
import { isOfficialSchoolEmail } from '../../lib/school/school-email';
import { applyEdit } from '../../lib/messaging/text-edit';
import type { Finding } from '../../lib/engine/finding';
import {
  CHECK_BUDGET_MS,
  CHECK_WINDOW,
  MAX_DISMISSED_PER_EDITOR,
  MAX_EDITORS_PER_TAB,
  MAX_FINDINGS_SENT,
  MAX_PHOTOS_PER_EDITOR,
  MAX_SLICES,
  OPEN_PAGE_BURST,
  OPEN_PAGE_EVERY_MS,
} from '../../lib/messaging/limits';
import { createRateLimit } from '../../lib/messaging/rate-limit';
import { parseContentMessage } from '../../lib/messaging/validate';
import {
  attachmentWarningsFor,
  locateAttachment,
  NO_ATTACHMENT_CONTEXT,
  type AttachmentContext,
} from './attachments';
import { markStart } from './start-marks';

export interface CheckPort {
  sender?: { tab?: { id?: number; url?: string }; frameId?: number };
  postMessage(message: BackgroundMessage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface CheckServiceDeps {
  checker(): Promise<Checker>;
  setBadge(tabId: number, text: string): void | Promise<void>;
  saveTab(tabId: number, state: TabFindings | undefined): void | Promise<void>;
  openPage(page: 'popup' | 'policy', tabId: number, clause?: string): void | Promise<void>;
  /** Whether the policy in use has this clause: a link to any other is not opened. */
  clauseExists?(clause: string): boolean | Promise<boolean>;
  /** False for pages on a site the school switched off: their text is not checked. */
  siteEnabled?(url: string | undefined): boolean;
  /** Photo-restricted pupils and school email domains; none when absent. */
  attachmentContext?(): Promise<AttachmentContext>;
  /** Reads a photo's position from its base64 head; tests may replace it. */
  locate?(head: string | undefined): Promise<PhotoLocation | null>;
  /** Milliseconds, for the rate of opened pages; tests pass their own clock. */
  now?(): number;
  /** Lets messages in between two slices of work (a macrotask); tests may replace it. */
  pause?(): Promise<void>;
  /** Whether content scripts should record their timings (the end-to-end timing test). */
  measuring?(): Promise<boolean>;
}

interface EditorState {
  port: CheckPort;
  seq: number;
  text: string;
  /** Where in `text` the person is working. */
  focus: number;
  /** `text` is a window of a longer post. */
  windowed: boolean;
  /** The end of the text the post replies to, from the last `check` (protocol.ts). */
  thread?: string;
  /** Slices spent on this text; a new text starts again from 0. */
  slices: number;
  hasAttachment: boolean;
  dismissed: Set<string>;
  findings: Finding[];
  /** Findings past MAX_FINDINGS_SENT, not kept. */
  more: number;
  /** Part of the text is not checked: a window of a longer post, or out of slices. */
  partial: boolean;
  /** Attached photos by file name, with the position each records (null: none). */
  photos: Map<string, PhotoLocation | null>;
  attachments: AttachmentWarning[];
}

const newEditor = (port: CheckPort): EditorState => ({
  port,
  seq: 0,
  text: '',
  focus: 0,
  windowed: false,
  slices: 0,
  hasAttachment: false,
  dismissed: new Set(),
  findings: [],
  more: 0,
  partial: false,
  photos: new Map(),
  attachments: [],
});

interface TabState {
  url?: string;
  editors: Map<string, EditorState>;
  /** Key of the editor that last sent text: the one being edited. */
  active?: string;
}

const dismissKey = (kind: string, text: string) => `${kind}\u0000${text.toLowerCase()}`;
const editorIdOf = (key: string) => key.slice(key.indexOf('/') + 1);
function post(port: CheckPort, message: BackgroundMessage): void {
  try {
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a runtime.Port
    port.postMessage(message);
  } catch {
    // The page went away between the check and its answer.
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createCheckService(deps: CheckServiceDeps) {
  const tabs = new Map<number, TabState>();
  const pages = createRateLimit({ burst: OPEN_PAGE_BURST, everyMs: OPEN_PAGE_EVERY_MS }, deps.now);
  /** Editors waiting for a check, at most once each, oldest first: "tabId|frame/editor". */
  const waiting = new Map<string, { tabId: number; key: string }>();
  let pumping = false;
  let dropped = 0;

  function tab(tabId: number): TabState {
    let state = tabs.get(tabId);
    if (!state) tabs.set(tabId, (state = { editors: new Map() }));
    return state;
  }

  async function publish(tabId: number): Promise<void> {
    const state = tabs.get(tabId);
    const active = state?.active ? state.editors.get(state.active) : undefined;
    const count = active ? active.findings.length + active.attachments.length : 0;
    const more = active?.more ? '+' : '';
    // Both at once: the badge need not wait for storage (a round trip each, slowest in a
    // worker just woken), and a badge the browser refuses still leaves the popup its findings.
    // A failure is thrown to the caller, which logs it: the queue goes on either way.
    const done = await Promise.allSettled([
      deps.saveTab(
        tabId,
        state && {
          tabId,
          url: state.url,
          findings: active?.findings ?? [],
          hasAttachment: active?.hasAttachment ?? false,
          attachments: active?.attachments ?? [],
          ...(active?.more ? { more: active.more } : {}),
          ...(active?.partial ? { partial: true } : {}),
        },
      ),
      (async () => deps.setBadge(tabId, count > 0 ? `${count}${more}` : ''))(),
    ]);
    markStart('badge');
    for (const result of done) if (result.status === 'rejected') throw result.reason;
  }

  /** Queues a check of the editor's newest text; an entry already waiting is moved to the back. */
  function enqueue(tabId: number, key: string): void {
    const id = `${tabId}|${key}`;
    waiting.delete(id);
    waiting.set(id, { tabId, key });
    void pump();
  }

  async function pump(): Promise<void> {
    if (pumping) return;
    pumping = true;
    try {
      while (waiting.size > 0) {
        const [id, job] = waiting.entries().next().value!;
        waiting.delete(id);
        await run(job.tabId, job.key).catch(console.error);
        // Newer text for the same box arrived while it ran: it waits behind every other box
        // that asked meanwhile, so a tab pasting without pause takes one turn in each round.
        const again = waiting.get(id);
        if (again) {
          waiting.delete(id);
          waiting.set(id, again);
        }
        await (deps.pause ?? nextTask)();
      }
    } finally {
      pumping = false;
    }
  }

  /** One slice of checking one editor's newest text; queues the next slice if time ran out. */
  async function run(tabId: number, key: string): Promise<void> {
    const checker = await deps.checker();
    const context = (await deps.attachmentContext?.()) ?? NO_ATTACHMENT_CONTEXT;
    const editor = tabs.get(tabId)?.editors.get(key);
    if (!editor) return; // gone while the checker was loading
    const enabled = deps.siteEnabled?.(editor.port.sender?.tab?.url) ?? true;
    const result = enabled
      ? checker.checkWithin(editor.text, {
          budgetMs: CHECK_BUDGET_MS,
          focus: editor.focus,
          thread: editor.thread,
        })
      : { findings: [], complete: true };
    markStart('check');
    editor.slices += 1;
    const carryOn = !result.complete && editor.slices < MAX_SLICES;
    const all = result.findings.filter((f) => !editor.dismissed.has(dismissKey(f.kind, f.text)));
    editor.findings = all.slice(0, MAX_FINDINGS_SENT);
    editor.more = all.length - editor.findings.length;
    editor.partial = editor.windowed || !result.complete;
    editor.attachments = enabled
      ? attachmentWarningsFor(editor.photos, editor.findings, editor.hasAttachment, context)
      : [];
    // The page's process gets page-safe reasons only (lib/messaging/page-safe.ts).
    post(editor.port, {
      type: 'findings',
      editorId: editorIdOf(key),
      seq: editor.seq,
      findings: editor.findings.map(toPageFinding),
      attachments: editor.attachments,
      tabId,
      photoClauses: context.photoClauses.photos,
      ...(editor.more ? { more: editor.more } : {}),
      ...(editor.partial ? { partial: true } : {}),
    });
    if (carryOn) enqueue(tabId, key);
    await publish(tabId);
  }

  async function openPage(tabId: number, message: ContentMessage & { type: 'open-page' }) {
    // The rate first: a burst of links to clauses that do not exist is a burst all the same.
    if (!pages.allow(tabId)) return;
    const clause = message.page === 'policy' ? message.clause : undefined;
    if (clause !== undefined && !(await (deps.clauseExists?.(clause) ?? true))) return;
    await deps.openPage(message.page, tabId, clause);
  }

  function editorFor(state: TabState, key: string, port: CheckPort): EditorState {
    let editor = state.editors.get(key);
    if (!editor) {
      if (state.editors.size >= MAX_EDITORS_PER_TAB) {
        const oldest = [...state.editors.keys()].find((k) => k !== state.active);
        if (oldest !== undefined) state.editors.delete(oldest);
      }
      state.editors.set(key, (editor = newEditor(port)));
    }
    return editor;
  }

  /** Takes in one message at once, in order; only the checking itself waits in the queue. */
  function receive(port: CheckPort, frameKey: string, raw: unknown): void {
    const tabId = port.sender?.tab?.id;
    const message = parseContentMessage(raw);
    if (!message) {
      dropped += 1;
      return;
    }
    if (tabId === undefined) return;
    const state = tab(tabId);
    if (message.type === 'open-page') {
      void openPage(tabId, message).catch(console.error);
      return;
    }
    if (message.type === 'email-field') {
      void (async () => {
        const enabled = deps.siteEnabled?.(port.sender?.tab?.url) ?? true;
        const context = (await deps.attachmentContext?.()) ?? NO_ATTACHMENT_CONTEXT;
        const isSchoolEmail = enabled && isOfficialSchoolEmail(message.value, context.email);
        post(port, {
          type: 'school-email',
          fieldId: message.fieldId,
          isSchoolEmail,
          clauses: context.schoolEmailClauses,
        });
      })().catch(console.error);
      return;
    }
    const key = `${frameKey}/${message.editorId}`;
    if (message.type === 'editor-gone') {
      state.editors.delete(key);
      waiting.delete(`${tabId}|${key}`);
      if (state.active === key) state.active = undefined;
      void publish(tabId).catch(console.error);
      return;
    }
    if (message.type === 'dismiss') {
      const editor = state.editors.get(key);
      if (!editor || editor.dismissed.size >= MAX_DISMISSED_PER_EDITOR) return;
      editor.dismissed.add(dismissKey(message.kind, message.text));
      enqueue(tabId, key);
      return;
    }
    if (message.type === 'attachment') {
      void (async () => {
        const location = await (deps.locate ?? locateAttachment)(message.head);
        const editor = editorFor(state, key, port);
        if (editor.photos.size < MAX_PHOTOS_PER_EDITOR || editor.photos.has(message.fileName)) {
          editor.photos.set(message.fileName, location);
        }
        editor.hasAttachment = true;
        state.active = key;
        state.url = port.sender?.tab?.url;
        enqueue(tabId, key);
      })().catch(console.error);
      return;
    }
    let text: string | null;
    if (message.type === 'check') text = message.text;
    else {
      const held = state.editors.get(key);
      text = held ? applyEdit(held.text, message) : null;
      // An edit may not grow the text past what one `check` may carry.
      if (text !== null && text.length > CHECK_WINDOW) text = null;
    }
    if (text === null) {
      post(port, { type: 'need-text', editorId: message.editorId });
      return;
    }
    const editor = editorFor(state, key, port);
    Object.assign(editor, {
      port,
      seq: message.seq,
      text,
      focus: message.type === 'check' ? (message.focus ?? text.length) : message.from,
      windowed: message.type === 'check' && message.partial === true,
      slices: 0,
    });
    if (message.type === 'check') editor.thread = message.thread;
    editor.hasAttachment = editor.hasAttachment || message.hasAttachment === true;
    state.active = key;
    state.url = port.sender?.tab?.url;
    enqueue(tabId, key);
  }

  return {
    connect(port: CheckPort): void {
      const frameKey = `${port.sender?.frameId ?? 0}`;
      port.onMessage.addListener((message) => {
        markStart('message');
        receive(port, frameKey, message);
      });
      void deps.measuring?.().then((on) => on && post(port, { type: 'measure' }), console.error);
      port.onDisconnect.addListener(() => {
        const tabId = port.sender?.tab?.id;
        const state = tabId === undefined ? undefined : tabs.get(tabId);
        if (tabId === undefined || !state) return;
        for (const [key, editor] of state.editors) {
          if (editor.port !== port) continue;
          state.editors.delete(key);
          waiting.delete(`${tabId}|${key}`);
          if (state.active === key) state.active = undefined;
        }
        void publish(tabId).catch(console.error);
      });
    },

    /** Settings changed: check every open editor again with the new checker. */
    recheckAll(): void {
      for (const [tabId, state] of tabs) {
        for (const [key, editor] of state.editors) {
          editor.slices = 0;
          enqueue(tabId, key);
        }
      }
    },

    /** Keyboard shortcut: asks the editor being edited on this tab to open its card. */
    toggleCard(tabId: number): void {
      const state = tabs.get(tabId);
      const editor = state?.active ? state.editors.get(state.active) : undefined;
      if (!state?.active || !editor) return;
      post(editor.port, { type: 'toggle-card', editorId: editorIdOf(state.active) });
    },

    forgetTab(tabId: number): void {
      tabs.delete(tabId);
      pages.forget(tabId);
      for (const [id, job] of waiting) if (job.tabId === tabId) waiting.delete(id);
      void Promise.resolve(deps.saveTab(tabId, undefined)).catch(console.error);
    },

    /** Whether any check is waiting or running: false once a flood has been worked off. */
    get busy(): boolean {
      return pumping || waiting.size > 0;
    },

    /** Messages dropped for having no valid shape. */
    get dropped(): number {
      return dropped;
    },
  };
}

export type CheckService = ReturnType<typeof createCheckService>;
