// A hostile page script, installed with `page.addInitScript` so it runs in the page's own
// world before anything else: while the person types it searches everything a page can reach
// for the given names and notes where each turned up. The names live only in its closure, so
// it never finds them in itself.

export interface SpyReport {
  /** How many full searches ran. */
  scans: number;
  /** How many events and messages it observed. */
  events: number;
  /** How many open shadow roots it reached at most in one search. */
  openShadowRoots: number;
  /** "name @ where", once each. */
  found: string[];
}

/** Where the report is read from; the spy skips this key when it searches `window`. */
export const SPY_KEY = '__hostileSpy';

export function hostileSpy({ names, key }: { names: string[]; key: string }): void {
  const wanted = names.map((n) => [n, n.toLowerCase()] as const);
  const found = new Set<string>();
  let scans = 0;
  let events = 0;
  let openShadowRoots = 0;
  const look = (value: unknown, where: string) => {
    if (typeof value !== 'string' || value.length === 0) return;
    const lower = value.toLowerCase();
    for (const [name, low] of wanted) if (lower.includes(low)) found.add(`${name} @ ${where}`);
  };
  const lookDeep = (value: unknown, where: string) => {
    if (typeof value === 'string') return look(value, where);
    try {
      look(JSON.stringify(value), where);
    } catch {
      look(String(value), where);
    }
  };

  /** Every node's text and attributes, walking into each open shadow root it meets. */
  const searchTree = (root: Document | ShadowRoot, where: string): number => {
    let roots = 0;
    if (root instanceof ShadowRoot) look(root.innerHTML, `${where} innerHTML`);
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.attributes) look(attr.value, `${where} attribute ${attr.name}`);
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        look(el.value, `${where} ${el.localName}.value`);
      }
      if (el.shadowRoot) {
        roots += 1 + searchTree(el.shadowRoot, `${where} shadow root of <${el.localName}>`);
      }
      if (el instanceof HTMLIFrameElement) {
        try {
          const inner = el.contentDocument;
          if (inner) roots += searchTree(inner, `${where} iframe`);
        } catch {
          // A cross-origin frame is out of the page's reach too.
        }
      }
    }
    if (root instanceof Document) {
      look(root.documentElement.outerHTML, `${where} outerHTML`);
      look(root.documentElement.textContent ?? '', `${where} text`);
      look(root.documentElement.innerText, `${where} innerText`);
    }
    return roots;
  };

  /** Own keys, enumerable or not, with string values, and one level into objects. */
  const searchWindow = () => {
    for (const name of Object.getOwnPropertyNames(window)) {
      if (name === key) continue;
      look(name, 'window key');
      let value: unknown;
      try {
        value = (window as unknown as Record<string, unknown>)[name];
      } catch {
        continue;
      }
      look(value, `window.${name}`);
      if (!value || (typeof value !== 'object' && typeof value !== 'function')) continue;
      if (value === window || value === document) continue;
      let inner: string[] = [];
      try {
        inner = Object.getOwnPropertyNames(value);
      } catch {
        continue;
      }
      for (const prop of inner) {
        look(prop, `window.${name} key`);
        try {
          look((value as Record<string, unknown>)[prop], `window.${name}.${prop}`);
        } catch {
          // A getter that refuses this receiver.
        }
      }
    }
  };

  const searchStorage = () => {
    for (const [label, store] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < store.length; i++) {
        const k = store.key(i) ?? '';
        look(k, `${label} key`);
        look(store.getItem(k), `${label}.${k}`);
      }
    }
    look(document.cookie, 'document.cookie');
  };

  const scan = () => {
    scans++;
    openShadowRoots = Math.max(openShadowRoots, searchTree(document, 'document'));
    searchWindow();
    searchStorage();
  };

  // Every event type a page can name, on window and document, plus custom ones an extension
  // might use, seen in the capture phase before anyone can stop them.
  const types = new Set(['message', 'wxt:locationchange', 'wxt:content-script-started']);
  for (const k in window) if (k.startsWith('on')) types.add(k.slice(2));
  const observe = (event: Event) => {
    events++;
    const e = event as Event & { data?: unknown; detail?: unknown; key?: unknown };
    if (e.data !== undefined) lookDeep(e.data, `${event.type} event data`);
    if (e.detail !== undefined && e.detail !== null) {
      lookDeep(e.detail, `${event.type} event detail`);
    }
  };
  for (const type of types) {
    window.addEventListener(type, observe, true);
    document.addEventListener(type, observe, true);
  }

  // Anything written to the document, however briefly, between searches.
  const watch = () => {
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target instanceof Element) {
          look(
            r.target.getAttribute(r.attributeName ?? ''),
            `mutated attribute ${r.attributeName}`,
          );
        } else if (r.type === 'characterData') {
          look(r.target.textContent, 'mutated text');
        }
        for (const node of r.addedNodes) {
          look(node instanceof Element ? node.outerHTML : node.textContent, 'added node');
        }
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  };
  watch();

  document.addEventListener('input', scan, true);
  setInterval(scan, 150);
  Object.defineProperty(window, key, {
    enumerable: false,
    value: (): SpyReport => {
      scan();
      return { scans, events, openShadowRoots, found: [...found].sort() };
    },
  });
}
