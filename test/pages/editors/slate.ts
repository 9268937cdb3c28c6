// Slate with slate-react.
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, type Descendant } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';

const initialValue = [{ type: 'paragraph', children: [{ text: '' }] }] as unknown as Descendant[];

function Composer() {
  const [editor] = useState(() => withReact(withHistory(createEditor())));
  const editable = createElement(Editable, { placeholder: 'Write a post', className: 'compose' });
  return createElement(Slate, { editor, initialValue, children: editable });
}

export function mount(container: HTMLElement): void {
  createRoot(container).render(createElement(Composer));
}
