// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { trusted } from '../../test/trusted-event';
import { isImage, watchAttachments } from './attachments';

const file = (name: string, type: string) => new File([new Uint8Array([1, 2, 3])], name, { type });

describe('which attached files are media, and which are read for a location', () => {
  it.each([
    ['IMG_1.jpg', 'image/jpeg', true],
    ['IMG_2.HEIC', '', true],
    ['photo.heif', '', true],
    ['clip.mov', 'video/quicktime', false],
    ['notes.txt', '', false],
    ['report.pdf', 'application/pdf', false],
  ])('%s (%s) is read for a location: %s', (name, type, expected) => {
    expect(isImage(file(name, type))).toBe(expected);
  });
});

describe('watchAttachments', () => {
  const stop = new AbortController();
  afterEach(() => document.body.replaceChildren());

  it('hands on the media files chosen in a file input, HEIC with no type included', () => {
    const seen: string[][] = [];
    watchAttachments(
      document,
      () => true,
      (files) => seen.push(files.map((f) => f.name)),
      stop.signal,
    );
    const input = document.createElement('input');
    input.type = 'file';
    document.body.append(input);
    const chosen = [file('IMG_2.HEIC', ''), file('notes.txt', ''), file('clip.mp4', 'video/mp4')];
    let files = chosen;
    Object.defineProperty(input, 'files', { get: () => files });
    input.dispatchEvent(trusted(new Event('change', { bubbles: true })));
    files = [file('notes.txt', 'text/plain')];
    input.dispatchEvent(trusted(new Event('change', { bubbles: true })));
    expect(seen).toEqual([['IMG_2.HEIC', 'clip.mp4']]);
    // A page script setting the files and firing `change` itself is not the person attaching.
    files = chosen;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    expect(seen).toHaveLength(1);
    stop.abort();
  });
});
