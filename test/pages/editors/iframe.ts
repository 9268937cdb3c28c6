// A compose box in a same-origin (srcdoc) iframe, as some embedded composers are.
export function mount(container: HTMLElement): void {
  const frame = document.createElement('iframe');
  frame.title = 'composer';
  frame.style.cssText = 'width:600px;height:220px;border:1px solid #999;';
  frame.srcdoc =
    '<!doctype html><body style="margin:0;font:16px sans-serif">' +
    '<div class="compose" contenteditable="true" role="textbox" style="min-height:150px;padding:8px"></div></body>';
  container.append(frame);
}
