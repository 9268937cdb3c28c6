// School email on sign-up forms: when an email field on a watched site holds a school
// address, a note beside it says school email must not be used for personal accounts, citing
// the clauses the background says the school's policy has on it.
// The school's domains stay in the background: the field's value is sent there (debounced,
// only when it looks like an address) and the answer is yes or no.
import { citeText } from '../../lib/policy/cite-text';
import { SCHOOL_EMAIL_REMINDER } from '../../lib/school/school-email';

const TYPING_PAUSE_MS = 400;
const NOTE_CSS = `:host { all: initial; }
.note { position: absolute; z-index: 2147483646; max-width: 340px; box-sizing: border-box;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933;
  background: #fff8eb; border: 1px solid #f0c27b; border-radius: 8px; padding: 8px 10px;
  box-shadow: 0 2px 8px rgba(0,0,0,.12); }
.label { font-weight: 700; color: #7c3f00; }`;

function isEmailField(target: unknown): target is HTMLInputElement {
  if (!(target instanceof HTMLInputElement)) return false;
  if (target.type === 'email') return true;
  if (target.type !== 'text' && target.type !== '') return false;
  return /e-?mail/i.test(`${target.name} ${target.autocomplete} ${target.id}`);
}

export function watchEmailFields(
  doc: Document,
  ask: (fieldId: string, value: string) => void,
  signal: AbortSignal,
) {
  const ids = new WeakMap<HTMLInputElement, number>();
  const fields = new Map<number, HTMLInputElement>();
  /** The latest question per field: older answers are stale. */
  const latest = new Map<number, string>();
  let nextId = 1;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let host: HTMLElement | undefined;
  let shownFor: number | undefined;

  const hide = () => {
    host?.remove();
    host = undefined;
    shownFor = undefined;
  };

  const show = (fieldNo: number, field: HTMLInputElement, clauses: string[]) => {
    hide();
    host = doc.createElement('before-you-post-note');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = NOTE_CSS;
    const note = doc.createElement('div');
    note.className = 'note';
    note.setAttribute('role', 'status');
    const label = doc.createElement('span');
    label.className = 'label';
    label.textContent = 'Before you post: ';
    note.append(label, `${SCHOOL_EMAIL_REMINDER.reason} (${citeText(clauses)})`);
    const rect = field.getBoundingClientRect();
    const view = doc.defaultView;
    note.style.left = `${rect.left + (view?.scrollX ?? 0)}px`;
    note.style.top = `${rect.bottom + (view?.scrollY ?? 0) + 4}px`;
    root.append(style, note);
    doc.documentElement.append(host);
    shownFor = fieldNo;
  };

  const check = (field: HTMLInputElement) => {
    let fieldNo = ids.get(field);
    if (fieldNo === undefined) ids.set(field, (fieldNo = nextId++));
    fields.set(fieldNo, field);
    const value = field.value.trim();
    if (!value.includes('@')) {
      latest.delete(fieldNo);
      if (shownFor === fieldNo) hide();
      return;
    }
    const fieldId = `${fieldNo}:${++asked}`;
    latest.set(fieldNo, fieldId);
    ask(fieldId, value);
  };

  const options = { capture: true, passive: true, signal };
  doc.addEventListener(
    'input',
    (e) => {
      const field = e.composedPath()[0];
      // The person's typing only: a page script filling a field starts no question.
      if (!e.isTrusted || !isEmailField(field)) return;
      clearTimeout(timer);
      timer = setTimeout(() => check(field), TYPING_PAUSE_MS);
    },
    options,
  );
  for (const type of ['change', 'focusout']) {
    doc.addEventListener(
      type,
      (e) => {
        const field = e.composedPath()[0];
        if (!e.isTrusted || !isEmailField(field)) return;
        clearTimeout(timer);
        check(field);
      },
      options,
    );
  }
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    hide();
  });

  return {
    /** The background's answer to one question. */
    answer(fieldId: string, isSchoolEmail: boolean, clauses: string[] = []): void {
      const fieldNo = Number(fieldId.split(':')[0]);
      const field = fields.get(fieldNo);
      if (!field || latest.get(fieldNo) !== fieldId) return;
      if (isSchoolEmail && field.isConnected) show(fieldNo, field, clauses);
      else if (shownFor === fieldNo) hide();
    },
  };
}
