// The text a compose box replies to: the tweet above X's reply box, the post or comment a
// Facebook comment box belongs to, the comment a Reddit reply answers. The disparaging check
// uses it only to say who a "she" or "they" in the reply means (lib/disparaging/thread.ts).
//
// Read once per focus of a box, after the person's own first input in it (the watcher), never
// on a page's say-so. It only reads: no node is written, moved, focused or measured (textContent,
// not innerText, so no layout is forced). The page can plant any text here; what that can do is
// in docs/privacy.md ("The text a reply answers").
//
// Per-site locators come first; their selectors follow each site's markup as of 2026 and will
// drift, so the generic reading after them covers any site and any redesign: the text before
// the box in the article that holds it, else the nearest article or quotation before it, in
// its dialog or else in the page.

export interface ThreadLocator {
  id: string;
  /** Host names it applies to; a subdomain counts ("www.reddit.com", "mobile.x.com"). */
  hosts: readonly string[];
  /** The element whose text the box replies to, or null when this site's markup is not there. */
  find(box: Element): Element | null;
}

/** What a thread may be: a post, a comment, a quotation. */
const THREAD_ITEM = 'article, [role="article"], blockquote';
/** Containers whose text before a box is the thread: a post with its comments. */
const THREAD_HOLDER = 'article, [role="article"]';
/** Never thread text: the person's own writing, controls, and what is not text at all. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select']);
/** Characters gathered before trimming to the end: bounds the work on a huge container. */
const GATHER_LIMIT = 20_000;

export const THREAD_LOCATORS: readonly ThreadLocator[] = [
  {
    // The reply dialog shows the tweet above the box; on a tweet's own page the reply box sits
    // under it. Either way the last tweet text before the box is the one answered.
    id: 'x/tweet-above-reply',
    hosts: ['x.com', 'twitter.com'],
    find: (box) =>
      lastBefore(
        box,
        closestComposed(box, '[role="dialog"], [data-testid="primaryColumn"]'),
        '[data-testid="tweetText"]',
      ),
  },
  {
    // A comment box sits inside the post's article (and a reply box inside the comment's):
    // the post's message when it has one, else the whole article before the box.
    id: 'facebook/post-or-comment',
    hosts: ['facebook.com'],
    find: (box) => {
      const article = closestComposed(box, '[role="article"]');
      return (
        article?.querySelector(
          '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
        ) ?? article
      );
    },
  },
  {
    // New Reddit: a reply box inside a comment answers that comment; else the post itself.
    // Old Reddit: the reply form sits in the comment's ".thing".
    id: 'reddit/comment-or-post',
    hosts: ['reddit.com'],
    find: (box) =>
      closestComposed(box, 'shreddit-comment')?.querySelector('[slot="comment"]') ??
      closestComposed(box, '.thing.comment')?.querySelector('.entry .md') ??
      box.ownerDocument.querySelector('shreddit-post [slot="text-body"], shreddit-post') ??
      null,
  },
  {
    // The compose form shows the post being answered above the box.
    id: 'mastodon/reply-indicator',
    hosts: ['mastodon.social'],
    find: (box) =>
      closestComposed(box, '.compose-form')?.querySelector(
        '.reply-indicator__content, .reply-indicator .status__content',
      ) ?? null,
  },
  {
    // A reply under a comment answers it; the box under the video answers the video's title.
    id: 'youtube/comment-or-video',
    hosts: ['youtube.com'],
    find: (box) =>
      closestComposed(box, 'ytd-comment-thread-renderer')?.querySelector('#content-text') ??
      box.ownerDocument.querySelector('ytd-watch-metadata h1'),
  },
  {
    // A reply box inside a comment answers it; a comment box inside a post answers the post.
    id: 'linkedin/comment-or-post',
    hosts: ['linkedin.com'],
    find: (box) =>
      closestComposed(
        box,
        'article.comments-comment-entity, .comments-comment-item',
      )?.querySelector('.comments-comment-item__main-content, .update-components-text') ??
      closestComposed(box, '.feed-shared-update-v2')?.querySelector(
        '.feed-shared-update-v2__description, .update-components-text',
      ) ??
      null,
  },
];

/**
 * The end of the text `box` replies to, at most `limit` characters, whitespace collapsed;
 * undefined when nothing on the page looks like what it answers (a new post).
 */
export function readThread(box: Element, limit: number, host = hostOf(box)): string | undefined {
  for (const locator of THREAD_LOCATORS) {
    if (!locator.hosts.some((h) => host === h || host.endsWith(`.${h}`))) continue;
    const found = locator.find(box);
    const text = found && textOf(found, box, limit);
    if (text) return text;
  }
  return genericThread(box, limit);
}

/**
 * Any site: the text before the box in the post or comment that holds it (a comment box inside
 * its post), else the nearest post or quotation before the box: in the dialog that holds the
 * box when there is one (a reply dialog shows what it answers; a new-post dialog shows none,
 * and the timeline behind it is not what it answers), else in the page (a forum's last post
 * above its reply form).
 */
export function genericThread(box: Element, limit: number): string | undefined {
  const holder = closestComposed(box, THREAD_HOLDER);
  const held = holder && textOf(holder, box, limit);
  if (held) return held;
  const scope = closestComposed(box, '[role="dialog"]') ?? box.ownerDocument.body;
  const item = lastBefore(box, scope, THREAD_ITEM);
  return (item && textOf(item, box, limit)) || undefined;
}

function hostOf(box: Element): string {
  try {
    return box.ownerDocument.location?.hostname ?? '';
  } catch {
    return '';
  }
}

/** `closest`, carried on through the hosts of shadow roots (Reddit's composer is in one). */
export function closestComposed(from: Element, selector: string): Element | null {
  let el: Element | null = from;
  while (el) {
    const found = el.closest(selector);
    if (found) return found;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The last element in `scope` matching `selector` that comes before `box` and does not hold it. */
function lastBefore(box: Element, scope: Element | null, selector: string): Element | null {
  if (!scope) return null;
  // A box inside a shadow root is compared by the host that places it in the page.
  const anchor = outermostHost(box);
  const all = scope.querySelectorAll(selector);
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if (el.compareDocumentPosition(anchor) & Node.DOCUMENT_POSITION_FOLLOWING) {
      if (!el.contains(anchor)) return el;
    }
  }
  return null;
}

function outermostHost(el: Element): Element {
  let node: Element = el;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) {
    node = root.host;
  }
  return node;
}

/**
 * The text of `el` that comes before `box` (all of it when the box is elsewhere), leaving out
 * editors, form fields and scripts, one line per text node, trimmed to its last `limit`
 * characters.
 */
function textOf(el: Element, box: Element, limit: number): string {
  const anchor = outermostHost(box);
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as HTMLElement;
      return SKIPPED.has(element.localName) ||
        element.isContentEditable ||
        element.getAttribute('aria-hidden') === 'true'
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_SKIP;
    },
  });
  const lines: string[] = [];
  let gathered = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Only what the page shows before the box: comments below it answer nothing here.
    if (anchor === node || anchor.contains(node)) break;
    if (anchor.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) {
      const line = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (!line) continue;
      lines.push(line);
      gathered += line.length + 1;
      if (gathered > GATHER_LIMIT) {
        gathered -= lines.shift()!.length + 1;
      }
    } else break;
  }
  const text = lines.join('\n');
  return text.length > limit ? text.slice(text.length - limit).replace(/^\S*\s/, '') : text;
}
