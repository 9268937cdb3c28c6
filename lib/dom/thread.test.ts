// @vitest-environment happy-dom
// Finding the text a compose box replies to, on small copies of each site's markup and on
// pages no locator knows. Each fixture holds text that must not be read (the person's own
// draft, comments below the box, a script) beside the text that must.
import { afterEach, describe, expect, it } from 'vitest';
import { genericThread, readThread } from './thread';

const LIMIT = 600;

afterEach(() => document.body.replaceChildren());

/** Puts `html` in the page and returns the element marked data-box. */
function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.querySelector<HTMLElement>('[data-box]')!;
}

describe('per-site locators', () => {
  it('X: the tweet above the box in the reply dialog', () => {
    const box = page(`
      <div data-testid="primaryColumn"><div data-testid="tweetText">A tweet on the timeline.</div></div>
      <div role="dialog">
        <article><span>Riverside Trust</span><div data-testid="tweetText">The trust will merge the two sixth forms.</div></article>
        <div contenteditable="true" data-box>Draft reply</div>
      </div>`);
    expect(readThread(box, LIMIT, 'x.com')).toBe('The trust will merge the two sixth forms.');
  });

  it('X: on a tweet page, the last tweet before the reply box, not one below it', () => {
    const box = page(`
      <div data-testid="primaryColumn">
        <div data-testid="tweetText">The earlier tweet in the thread.</div>
        <div data-testid="tweetText">The tweet being answered.</div>
        <textarea data-box></textarea>
        <div data-testid="tweetText">A reply below the box.</div>
      </div>`);
    expect(readThread(box, LIMIT, 'mobile.x.com')).toBe('The tweet being answered.');
  });

  it("Facebook: the post's message, not the comments or the draft", () => {
    const box = page(`
      <div role="article">
        <div data-ad-rendering-role="story_message">Our new head of science starts on Monday.</div>
        <div>Lovely news!</div>
        <div contenteditable="true" data-box><p>my comment</p></div>
      </div>`);
    expect(readThread(box, LIMIT, 'www.facebook.com')).toBe(
      'Our new head of science starts on Monday.',
    );
  });

  it('Reddit: a reply inside a comment answers that comment, through a shadow root', () => {
    page(`
      <shreddit-post><div slot="text-body">The post about the council budget.</div></shreddit-post>
      <shreddit-comment><div slot="comment"><p>The inspectors were here all week.</p></div><div id="composer-host"></div></shreddit-comment>`);
    // The composer is in a shadow root inside the comment.
    const host = document.getElementById('composer-host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    shadow.append(editor);
    expect(readThread(editor, LIMIT, 'www.reddit.com')).toBe('The inspectors were here all week.');
  });

  it('Mastodon: the reply indicator in the compose form', () => {
    const box = page(`
      <form class="compose-form">
        <div class="reply-indicator"><div class="reply-indicator__content">Supply agency sent nobody again.</div></div>
        <textarea data-box></textarea>
      </form>`);
    expect(readThread(box, LIMIT, 'mastodon.social')).toBe('Supply agency sent nobody again.');
  });

  it('a locator whose markup has gone falls back to the generic reading', () => {
    const box = page(`
      <article><p>The governors met last night.</p></article>
      <form><textarea data-box></textarea></form>`);
    expect(readThread(box, LIMIT, 'x.com')).toBe('The governors met last night.');
  });
});

describe('the generic reading', () => {
  it('a forum: the last post before the reply form', () => {
    const box = page(`
      <article>First post in the thread.</article>
      <article>Second post: the exam board lost our coursework.</article>
      <form><textarea data-box></textarea></form>
      <article>An advert after the form.</article>`);
    expect(genericThread(box, LIMIT)).toBe('Second post: the exam board lost our coursework.');
  });

  it('a quotation before the box counts as what it answers', () => {
    const box = page(
      `<blockquote>The LA says no more funding.</blockquote><textarea data-box></textarea>`,
    );
    expect(genericThread(box, LIMIT)).toBe('The LA says no more funding.');
  });

  it('a box inside a post: the text before the box only, without editors or scripts', () => {
    const box = page(`
      <div role="article">
        <p>The PTA ran the disco.</p>
        <script>var hidden = "the council";</script>
        <span aria-hidden="true">icon text</span>
        <input value="someone's search">
        <div contenteditable="true">another draft</div>
        <p>Great night!</p>
        <textarea data-box></textarea>
        <p>A comment after the box.</p>
      </div>`);
    expect(genericThread(box, LIMIT)).toBe('The PTA ran the disco.\nGreat night!');
  });

  it('a reply dialog without X markup: the post shown above the box', () => {
    const box = page(`
      <article>A post on the timeline behind the dialog.</article>
      <div role="dialog"><h2>Reply</h2><article><p>The trust has cut our budget again.</p></article>
      <div contenteditable="true" data-box></div></div>`);
    expect(readThread(box, LIMIT, 'bsky.app')).toBe('The trust has cut our budget again.');
  });

  it('a new-post dialog over a timeline answers nothing, whatever its header says', () => {
    const box = page(`
      <article>The council closed the pool.</article>
      <div role="dialog"><h2>Create post as Old Park Primary Parents</h2>
      <div contenteditable="true" data-box></div></div>`);
    expect(readThread(box, LIMIT, 'www.facebook.com')).toBeUndefined();
  });

  it('a new post answers nothing', () => {
    const box = page(`<main><textarea data-box></textarea><article>A post below.</article></main>`);
    expect(readThread(box, LIMIT, 'example.org')).toBeUndefined();
  });

  it('keeps the end nearest the box, at most the limit, starting on a whole word', () => {
    const long = `${'filler words here '.repeat(100)}The council closed the baths.`;
    const box = page(`<article>${long}</article><textarea data-box></textarea>`);
    const text = genericThread(box, 100)!;
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text.endsWith('The council closed the baths.')).toBe(true);
    expect(long.includes(text)).toBe(true);
    expect(text.startsWith('words') || text.startsWith('filler') || text.startsWith('here')).toBe(
      true,
    );
  });

  it('only reads: the page sees no change to any node', () => {
    const box = page(`
      <div role="dialog"><article><p>The head emailed at midnight.</p></article>
      <div contenteditable="true" data-box>Draft</div></div>`);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    expect(readThread(box, LIMIT, 'x.com')).toBe('The head emailed at midnight.');
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(changes).toEqual([]);
    expect(box.textContent).toBe('Draft');
  });
});
