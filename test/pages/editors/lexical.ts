// Lexical, as Facebook, Instagram, Threads and WhatsApp use it.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEditor } from 'lexical';

export function mount(container: HTMLElement): void {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.className = 'compose';
  container.append(root);
  const editor = createEditor({
    namespace: 'test',
    nodes: [HeadingNode, QuoteNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
}
