// Test page: mounts the editor named in ?editor=…, after ?late=MS if given. With ?thread=TEXT
// the editor is a reply box in a reply dialog, under a post of that text (X's markup).
// window.routeTo(path) mimics a single-page app: pushState, then a fresh editor.
import { mount as contenteditable } from './editors/contenteditable';
import { mount as draft } from './editors/draft';
import { mount as iframe } from './editors/iframe';
import { mount as lexical } from './editors/lexical';
import { mount as quill } from './editors/quill';
import { mount as shadow } from './editors/shadow';
import { mount as slate } from './editors/slate';
import { mount as textarea } from './editors/textarea';
import { mount as tiptap } from './editors/tiptap';

const EDITORS: Record<string, (container: HTMLElement) => void> = {
  textarea,
  contenteditable,
  shadow,
  iframe,
  lexical,
  draft,
  quill,
  tiptap,
  slate,
};

const params = new URLSearchParams(location.search);
const name = params.get('editor') ?? 'textarea';
const late = Number(params.get('late') ?? 0);
const thread = params.get('thread');
const app = thread === null ? document.getElementById('app')! : replyDialog(thread);

/** X's reply dialog, much simplified: the tweet answered, then the box. */
function replyDialog(text: string): HTMLElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  const tweet = document.createElement('article');
  const tweetText = document.createElement('div');
  tweetText.dataset.testid = 'tweetText';
  tweetText.textContent = text;
  tweet.append(tweetText);
  const box = document.createElement('div');
  dialog.append(tweet, box);
  document.getElementById('app')!.append(dialog);
  return box;
}

function mountEditor(): void {
  const container = document.createElement('div');
  container.className = 'editor-root';
  container.dataset.editor = name;
  app.replaceChildren(container);
  const mountFn = EDITORS[name];
  if (!mountFn) throw new Error(`unknown editor ${name}`);
  mountFn(container);
  const attach = document.createElement('input');
  attach.type = 'file';
  attach.accept = 'image/*,video/*';
  attach.className = 'attach';
  attach.setAttribute('aria-label', 'Add photo or video');
  app.append(attach);
}

(window as unknown as { routeTo(path: string): void }).routeTo = (path) => {
  history.pushState({}, '', path);
  mountEditor();
};

if (late > 0) setTimeout(mountEditor, late);
else mountEditor();
