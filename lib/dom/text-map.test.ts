// @vitest-environment happy-dom
// The DOM shapes below are what each editor renders for the same two-line post
// (copied from the editors' output in Chromium, trimmed of attributes that do not matter).
import { describe, expect, it } from 'vitest';
import { composeBoxOf } from './editable';
import { rangeFor, readText } from './text-map';

const TWO_LINES = 'Well done Millie!\nCall 07700 900123';

const SHAPES: Record<string, string> = {
  lexical:
    '<p dir="ltr"><span data-lexical-text="true">Well done Millie!</span></p>' +
    '<p dir="ltr"><span data-lexical-text="true">Call 07700 900123</span></p>',
  draft:
    '<div data-contents="true"><div data-block="true"><div data-offset-key="a-0-0"><span data-offset-key="a-0-0"><span data-text="true">Well done Millie!</span></span></div></div>' +
    '<div data-block="true"><div data-offset-key="b-0-0"><span data-offset-key="b-0-0"><span data-text="true">Call 07700 900123</span></span></div></div></div>',
  quill: '<p>Well done Millie!</p><p>Call 07700 900123</p>',
  prosemirror: '<p>Well done Millie!</p><p>Call 07700 900123</p>',
  slate:
    '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Well done Millie!</span></span></span></div>' +
    '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Call 07700 900123</span></span></span></div>',
  'plain with <br>': 'Well done Millie!<br>Call 07700 900123',
  'plain with <div> lines': 'Well done Millie!<div>Call 07700 900123</div>',
  'lexical line break': '<p><span>Well done Millie!</span><br><span>Call 07700 900123</span></p>',
};

function editable(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('readText', () => {
  it.each(Object.entries(SHAPES))('reads %s as the lines a person sees', (_name, html) => {
    const snapshot = readText(editable(html));
    expect(snapshot.text).toBe(TWO_LINES);
    const start = TWO_LINES.indexOf('07700');
    expect(rangeFor(snapshot, start, start + 12)?.toString()).toBe('07700 900123');
    expect(rangeFor(snapshot, 10, 16)?.toString()).toBe('Millie');
  });

  it.each([
    ['empty lines hold their place', '<p>One</p><p><br></p><p>Three</p>', 'One\n\nThree'],
    ['a trailing <br> is not a line', '<p>One<br></p>', 'One'],
    [
      'zero-width placeholders are not text',
      '<p><span data-slate-zero-width="n">\ufeff</span></p><p>Hi</p>',
      'Hi',
    ],
    [
      'mentions count as text',
      '<p>Hi <span contenteditable="false">@Millie</span>!</p>',
      'Hi @Millie!',
    ],
    ['emoji keep their UTF-16 length', '<p>🎉 Millie</p>', '🎉 Millie'],
    ['style and script are not text', '<p>Hi<style>p{}</style><script>1</script></p>', 'Hi'],
  ])('%s', (_name, html, text) => {
    expect(readText(editable(html)).text).toBe(text);
  });

  it('maps offsets after an emoji to the right characters', () => {
    const snapshot = readText(editable('<p>🎉 Millie</p>'));
    expect(rangeFor(snapshot, 3, 9)?.toString()).toBe('Millie');
  });

  it('reads a textarea by its value, with no DOM map', () => {
    const area = document.createElement('textarea');
    area.value = 'Millie\nhere';
    expect(readText(area)).toMatchObject({ text: 'Millie\nhere', segments: [] });
  });
});

describe('composeBoxOf', () => {
  it('finds the editing host from a node deep inside it', () => {
    const el = editable('<p><span id="inner">Hi</span></p>');
    expect(composeBoxOf(document.getElementById('inner')!)).toBe(el);
  });

  it.each([
    ['<input type="text">', true],
    ['<input>', true],
    ['<input type="search">', true],
    ['<input type="password">', false],
    ['<input type="email">', false],
    ['<textarea readonly></textarea>', false],
    ['<div>not editable</div>', false],
  ])('%s is a compose box: %s', (html, expected) => {
    document.body.innerHTML = html;
    expect(composeBoxOf(document.body.firstElementChild!) !== null).toBe(expected);
  });
});
