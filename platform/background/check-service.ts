// The background's side of the check port: checks text from content scripts,
// remembers each editor's live warnings, and keeps the tab's badge equal to the
// count in the editor being edited (CONTRACTS.md §4). Browser calls come in as
// `deps` so that tests can drive it with fake ports.
import { toPageFinding } from '../../lib/messaging/page-safe';
import type { Checker } from '../../lib/engine';
import type { PhotoLocation } from '../../lib/photo/read-location';
import type { AttachmentWarning } from '../../lib/photo/warnings';
import type { BackgroundMessage, ContentMessage, TabFindings } from '../../lib/messaging/protocol';
import { isOfficialSchoolEmail } from '../../lib/school/school-email';
import { applyEdit } from '../../lib/messaging/text-edit';
import type { Finding } from '../../lib/engine/finding';
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
  onMessage: { addListener(listener: (message: ContentMessage) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface CheckServiceDeps {
  checker(): Promise<Checker>;
  setBadge(tabId: number, text: string): void | Promise<void>;
  saveTab(tabId: number, state: TabFindings | undefined): void | Promise<void>;
  openPage(page: 'popup' | 'policy', tabId: number, clause?: string): void | Promise<void>;
  /** False for pages on a site the school switched off: their text is not checked. */
  siteEnabled?(url: string | undefined): boolean;
  /** Photo-restricted pupils and school email domains; none when absent. */
  attachmentContext?(): Promise<AttachmentContext>;
  /** Reads a photo's position from its base64 head; tests may replace it. */
  locate?(head: string | undefined): Promise<PhotoLocation | null>;
}

interface EditorState {
  port: CheckPort;
  seq: number;
  text: string;
  hasAttachment: boolean;
  dismissed: Set<string>;
  findings: Finding[];
  /** Attached photos by file name, with the position each records (null: none). */
  photos: Map<string, PhotoLocation | null>;
  attachments: AttachmentWarning[];
}

const newEditor = (port: CheckPort): EditorState => ({
  port,
  seq: 0,
  text: '',
  hasAttachment: false,
  dismissed: new Set(),
  findings: [],
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

export function createCheckService(deps: CheckServiceDeps) {
  const tabs = new Map<number, TabState>();

  function tab(tabId: number): TabState {
    let state = tabs.get(tabId);
    if (!state) tabs.set(tabId, (state = { editors: new Map() }));
    return state;
  }

  async function publish(tabId: number): Promise<void> {
    const state = tabs.get(tabId);
    const active = state?.active ? state.editors.get(state.active) : undefined;
    const count = active ? active.findings.length + active.attachments.length : 0;
    // Both at once: the badge need not wait for storage (a round trip each, slowest in a
    // worker just woken), and a badge the browser refuses still leaves the popup its findings.
    const done = await Promise.allSettled([
      deps.saveTab(
        tabId,
        state && {
          tabId,
          url: state.url,
          findings: active?.findings ?? [],
          hasAttachment: active?.hasAttachment ?? false,
          attachments: active?.attachments ?? [],
        },
      ),
      (async () => deps.setBadge(tabId, count > 0 ? `${count}` : ''))(),
    ]);
    markStart('badge');
    for (const result of done) if (result.status === 'rejected') throw result.reason;
  }

  async function run(tabId: number, editorId: string, editor: EditorState): Promise<void> {
    const checker = await deps.checker();
    const context = (await deps.attachmentContext?.()) ?? NO_ATTACHMENT_CONTEXT;
    const seq = editor.seq;
    const enabled = deps.siteEnabled?.(editor.port.sender?.tab?.url) ?? true;
    const findings = (enabled ? checker.check(editor.text) : []).filter(
      (f) => !editor.dismissed.has(dismissKey(f.kind, f.text)),
    );
    markStart('check');
    if (seq !== editor.seq) return; // newer text arrived while the checker was loading
    editor.findings = findings;
    const attachments = enabled
      ? attachmentWarningsFor(editor.photos, findings, editor.hasAttachment, context)
      : [];
    editor.attachments = attachments;
    // The page's process gets page-safe reasons only (lib/messaging/page-safe.ts).
    const message: BackgroundMessage = {
      type: 'findings',
      editorId,
      seq,
      findings: findings.map(toPageFinding),
      attachments,
      tabId,
      photoClauses: context.photoClauses.photos,
    };
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a runtime.Port
    editor.port.postMessage(message);
  }

  async function onMessage(port: CheckPort, frameKey: string, message: ContentMessage) {
    const tabId = port.sender?.tab?.id;
    if (tabId === undefined) return;
    const state = tab(tabId);
    if (message.type === 'open-page') {
      await deps.openPage(
        message.page,
        tabId,
        message.page === 'policy' ? message.clause : undefined,
      );
      return;
    }
    if (message.type === 'email-field') {
      const enabled = deps.siteEnabled?.(port.sender?.tab?.url) ?? true;
      const context = (await deps.attachmentContext?.()) ?? NO_ATTACHMENT_CONTEXT;
      const isSchoolEmail = enabled && isOfficialSchoolEmail(message.value, context.email);
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a runtime.Port
      port.postMessage({
        type: 'school-email',
        fieldId: message.fieldId,
        isSchoolEmail,
        clauses: context.schoolEmailClauses,
      });
      return;
    }
    const key = `${frameKey}/${message.editorId}`;
    const editor = state.editors.get(key);
    if (message.type === 'editor-gone') {
      state.editors.delete(key);
      if (state.active === key) state.active = undefined;
    } else if (message.type === 'dismiss') {
      if (!editor) return;
      editor.dismissed.add(dismissKey(message.kind, message.text));
      await run(tabId, message.editorId, editor);
    } else if (message.type === 'attachment') {
      const next = editor ?? newEditor(port);
      const location = await (deps.locate ?? locateAttachment)(message.head);
      next.photos.set(message.fileName, location);
      next.hasAttachment = true;
      state.editors.set(key, next);
      state.active = key;
      state.url = port.sender?.tab?.url;
      await run(tabId, message.editorId, next);
    } else {
      let text = message.type === 'check' ? message.text : null;
      if (message.type === 'edit') {
        text = editor ? applyEdit(editor.text, message) : null;
        if (text === null) {
          // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a runtime.Port
          port.postMessage({ type: 'need-text', editorId: message.editorId });
          return;
        }
      }
      const next: EditorState = editor ?? newEditor(port);
      Object.assign(next, { port, seq: message.seq, text });
      next.hasAttachment = next.hasAttachment || message.hasAttachment === true;
      state.editors.set(key, next);
      state.active = key;
      state.url = port.sender?.tab?.url;
      await run(tabId, message.editorId, next);
    }
    await publish(tabId);
  }

  return {
    connect(port: CheckPort): void {
      const frameKey = `${port.sender?.frameId ?? 0}`;
      // One message at a time per port, so that findings and badge follow typing order.
      let queue = Promise.resolve();
      port.onMessage.addListener((message) => {
        markStart('message');
        queue = queue.then(() => onMessage(port, frameKey, message)).catch(console.error);
      });
      port.onDisconnect.addListener(() => {
        const tabId = port.sender?.tab?.id;
        const state = tabId === undefined ? undefined : tabs.get(tabId);
        if (tabId === undefined || !state) return;
        for (const [key, editor] of state.editors) {
          if (editor.port !== port) continue;
          state.editors.delete(key);
          if (state.active === key) state.active = undefined;
        }
        queue = queue.then(() => publish(tabId)).catch(console.error);
      });
    },

    /** Settings changed: check every open editor again with the new checker. */
    async recheckAll(): Promise<void> {
      for (const [tabId, state] of tabs) {
        for (const [key, editor] of state.editors) {
          await run(tabId, key.slice(key.indexOf('/') + 1), editor);
        }
        await publish(tabId);
      }
    },

    /** Keyboard shortcut: asks the editor being edited on this tab to open its card. */
    toggleCard(tabId: number): void {
      const state = tabs.get(tabId);
      const editor = state?.active ? state.editors.get(state.active) : undefined;
      if (!state?.active || !editor) return;
      const editorId = state.active.slice(state.active.indexOf('/') + 1);
      // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a runtime.Port
      editor.port.postMessage({ type: 'toggle-card', editorId });
    },

    forgetTab(tabId: number): void {
      tabs.delete(tabId);
      void deps.saveTab(tabId, undefined);
    },
  };
}

export type CheckService = ReturnType<typeof createCheckService>;
