export function mount(container: HTMLElement): void {
  const textarea = document.createElement('textarea');
  textarea.rows = 6;
  textarea.placeholder = "What's on your mind?";
  textarea.className = 'compose';
  container.append(textarea);
}
