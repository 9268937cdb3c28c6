// Quill, as LinkedIn uses it.
import Quill from 'quill';

export function mount(container: HTMLElement): Quill {
  const host = document.createElement('div');
  container.append(host);
  return new Quill(host, { placeholder: 'What do you want to talk about?' });
}
