// A compose box inside an open shadow root, as web-component sites build them.
export function mount(container: HTMLElement): void {
  const host = document.createElement('compose-widget');
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.contentEditable = 'true';
  box.setAttribute('role', 'textbox');
  box.className = 'compose';
  box.style.cssText = 'min-height:120px;border:1px solid #999;padding:8px;';
  root.append(box);
  container.append(host);
}
