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

/** Where the probe's functions are read from. */
export const PROBE_KEY = '__hostileProbe';

/** Everything the probe can observe, as text; names are replaced by "<NAME>" first. */
export interface Fingerprint {
  /** The document's HTML and every open shadow root's. */
  dom: string;
  /** Every element's box, scroll and client size, and the document's scroll size. */
  boxes: string[];
  /** `elementsFromPoint` at each point of a 25 px grid over the viewport. */
  points: string[];
  /** Computed style of every element outside the page's own content that it cannot explain. */
  hostStyle: string;
  /** Events seen since the last fingerprint: type and target, sorted. */
  events: string[];
  /** Mutations seen since the last fingerprint: type, target and added or removed nodes. */
  mutations: string[];
  /** IntersectionObserver v2: which sentinels laid over the page are visible (not occluded). */
  visible: string;
  animations: number;
  measures: string[];
  active: string;
}

export interface HostileProbe {
  /** Fills a hidden text area and a hidden contenteditable with `text` by script alone. */
  probeHidden(text: string): Promise<void>;
  /** Lays sentinels over a region, for IntersectionObserver v2 to report occlusion. */
  watchVisibility(region: { x: number; y: number; width: number; height: number }): void;
  fingerprint(names: string[]): Fingerprint;
}

/**
 * A hostile page's measuring kit, installed with `page.addInitScript` like hostileSpy: it
 * logs every event and mutation it can, and on request describes everything a page can
 * observe, for comparing a guess that is on the class lists with one that is not.
 */
export function hostileProbe({ key }: { key: string }): void {
  const events: string[] = [];
  const mutations: string[] = [];
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page: self-contained
  const describe = (node: unknown): string => {
    if (!(node instanceof Element)) return node instanceof Node ? node.nodeName : String(node);
    const id = node.id ? `#${node.id}` : '';
    const cls =
      typeof node.className === 'string' && node.className
        ? `.${node.className.split(/\s+/).join('.')}`
        : '';
    return `${node.localName}${id}${cls}`;
  };
  // Switch on anything that might publish timings to the page (the switch earlier versions had).
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs in the page: self-contained
  const measure = () => document.documentElement?.setAttribute('data-before-you-post-measure', '');
  if (document.documentElement) measure();
  else document.addEventListener('readystatechange', measure, { once: true });
  const types = new Set<string>();
  for (const k in window) if (k.startsWith('on')) types.add(k.slice(2));
  for (const type of types) {
    window.addEventListener(
      type,
      (e) => events.push(`${e.type} ${describe(e.target)} trusted:${e.isTrusted}`),
      true,
    );
  }
  new MutationObserver((records) => {
    for (const r of records) {
      const nodes = [...r.addedNodes]
        .map((n) => `+${describe(n)}`)
        .concat([...r.removedNodes].map((n) => `-${describe(n)}`));
      mutations.push(`${r.type} ${describe(r.target)} ${r.attributeName ?? ''} ${nodes.join(' ')}`);
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  const visibility = new Map<string, boolean>();
  const sentinels: HTMLElement[] = [];

  const probe = {
    async probeHidden(text: string) {
      const style =
        'position:fixed;left:20px;top:20px;width:300px;height:60px;opacity:0;z-index:-1';
      const area = document.createElement('textarea');
      area.setAttribute('style', style);
      const editable = document.createElement('div');
      editable.contentEditable = 'true';
      editable.setAttribute('style', style);
      document.body.append(area, editable);
      const nudge = (el: HTMLElement) => {
        for (const type of [
          'keydown',
          'beforeinput',
          'input',
          'keyup',
          'paste',
          'drop',
          'compositionstart',
          'compositionend',
          'change',
        ]) {
          el.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
        }
        el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'Enter' }));
        el.dispatchEvent(
          new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
        );
      };
      area.focus();
      area.value = text;
      nudge(area);
      await new Promise((resolve) => setTimeout(resolve, 400));
      editable.focus();
      // execCommand is the one way a script edits as if typed: the browser fires its events.
      document.execCommand('insertText', false, text);
      nudge(editable);
      await new Promise((resolve) => setTimeout(resolve, 400));
      area.focus();
      area.value = `${text} `;
      nudge(area);
      await new Promise((resolve) => setTimeout(resolve, 400));
    },

    watchVisibility(region: { x: number; y: number; width: number; height: number }) {
      const observer = new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            const v = (e as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
            visibility.set((e.target as HTMLElement).dataset.at!, v === true);
          }
        },
        { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
      );
      for (let y = region.y; y < region.y + region.height; y += 8) {
        for (let x = region.x; x < region.x + region.width; x += 8) {
          const s = document.createElement('div');
          s.dataset.at = `${x},${y}`;
          s.setAttribute(
            'style',
            `position:fixed;left:${x}px;top:${y}px;width:4px;height:4px;pointer-events:none`,
          );
          document.body.append(s);
          sentinels.push(s);
          observer.observe(s);
        }
      }
    },

    fingerprint(names: string[]) {
      const scrub = (s: string) => names.reduce((t, n) => t.split(n).join('<NAME>'), s);
      const all: Element[] = [];
      const roots: string[] = [];
      const collect = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          all.push(el);
          if (el.shadowRoot) {
            roots.push(`${describe(el)}: ${el.shadowRoot.innerHTML}`);
            collect(el.shadowRoot);
          }
        }
      };
      collect(document);
      const boxes = all.map((el) => {
        const r = el.getBoundingClientRect();
        return `${describe(el)} ${r.x},${r.y},${r.width},${r.height} scroll ${el.scrollWidth}x${el.scrollHeight} client ${el.clientWidth}x${el.clientHeight}`;
      });
      boxes.push(
        `document ${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}`,
      );
      const points: string[] = [];
      for (let y = 0; y < innerHeight; y += 25) {
        for (let x = 0; x < innerWidth; x += 25) {
          points.push(`${x},${y}: ${document.elementsFromPoint(x, y).map(describe).join(' > ')}`);
        }
      }
      const host = document.querySelector('before-you-post-overlay');
      const computed = host ? getComputedStyle(host) : null;
      const hostStyle = computed
        ? [...computed].map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';')
        : 'none';
      const active = document.activeElement;
      const result = {
        dom: scrub(document.documentElement.outerHTML + roots.join('\n')),
        boxes: boxes.map(scrub),
        points,
        hostStyle,
        // As a multiset: the browser coalesces `selectionchange` (the page's own caret moving)
        // on its own timing, so those are left out and the order is not compared.
        events: events
          .splice(0)
          .filter((e) => !e.startsWith('selectionchange '))
          .map(scrub)
          .sort(),
        mutations: mutations.splice(0).map(scrub),
        visible: [...visibility]
          .map(([at, v]) => `${at}:${v}`)
          .sort()
          .join(' '),
        animations: document.getAnimations().length,
        measures: performance.getEntriesByType('measure').map((m) => m.name),
        active: `${describe(active)} focus:${document.hasFocus()}`,
      };
      return result;
    },
  };
  Object.defineProperty(window, key, { enumerable: false, value: probe });
}
