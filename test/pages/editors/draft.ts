// Draft.js, as X and TikTok use it (with React 18).
import { Editor, EditorState } from 'draft-js';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Composer() {
  const [state, setState] = useState(() => EditorState.createEmpty());
  return createElement(
    'div',
    { className: 'compose-wrap' },
    createElement(Editor, {
      editorState: state,
      onChange: setState,
      placeholder: "What's happening?",
    }),
  );
}

export function mount(container: HTMLElement): void {
  createRoot(container).render(createElement(Composer));
}
