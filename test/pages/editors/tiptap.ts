// ProseMirror through TipTap, as Bluesky uses it.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

export function mount(container: HTMLElement): Editor {
  const host = document.createElement('div');
  container.append(host);
  return new Editor({ element: host, extensions: [StarterKit] });
}
