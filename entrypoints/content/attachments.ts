// Notices a photo or video being attached while a compose box is watched: a
// file chosen in a file input, or an image dropped or pasted. Hands the media
// files on; the caller reads only the first bytes of images (for a GPS position),
// and nothing is uploaded anywhere.

/** HEIC/HEIF often arrive with an empty MIME type in Chrome: match them by name too. */
const MEDIA_EXTENSION = /\.(?:jpe?g|png|gif|webp|heic|heif|avif|tiff?|mp4|mov|m4v|webm|3gp)$/i;
const IMAGE_EXTENSION = /\.(?:jpe?g|heic|heif|tiff?|png|webp|avif)$/i;

const isMediaType = (type: string) => type.startsWith('image/') || type.startsWith('video/');
const isMedia = (file: File) => isMediaType(file.type) || MEDIA_EXTENSION.test(file.name);

/** Images whose metadata may record where they were taken (videos are not read). */
export const isImage = (file: File) =>
  file.type.startsWith('image/') || (!file.type && IMAGE_EXTENSION.test(file.name));

function mediaFiles(files: FileList | null | undefined, items?: DataTransferItemList | null) {
  const found = [...(files ?? [])].filter(isMedia);
  if (found.length > 0 || !items) return found;
  return [...items]
    .filter((i) => i.kind === 'file')
    .map((i) => i.getAsFile())
    .filter((f): f is File => f !== null && isMedia(f));
}

export function watchAttachments(
  doc: Document,
  isInComposeArea: (target: EventTarget | null) => boolean,
  onAttach: (files: File[]) => void,
  signal: AbortSignal,
): void {
  const options = { capture: true, passive: true, signal };
  const attach = (files: File[]) => files.length > 0 && onAttach(files);
  doc.addEventListener(
    'change',
    (e) => {
      // Only what the person did: a page script can fire these events with files of its own.
      if (!e.isTrusted) return;
      const input = e.composedPath()[0];
      if (input instanceof HTMLInputElement && input.type === 'file')
        attach(mediaFiles(input.files));
    },
    options,
  );
  doc.addEventListener(
    'drop',
    (e) => {
      if (!e.isTrusted) return;
      if (isInComposeArea(e.composedPath()[0] ?? null)) attach(mediaFiles(e.dataTransfer?.files));
    },
    options,
  );
  doc.addEventListener(
    'paste',
    (e) => {
      if (!e.isTrusted) return;
      const data = e.clipboardData;
      if (isInComposeArea(e.composedPath()[0] ?? null))
        attach(mediaFiles(data?.files, data?.items));
    },
    options,
  );
}
