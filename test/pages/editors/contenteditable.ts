export function mount(container: HTMLElement): void {
  const box = document.createElement('div');
  box.contentEditable = 'true';
  box.setAttribute('role', 'textbox');
  box.className = 'compose';
  container.append(box);
}
