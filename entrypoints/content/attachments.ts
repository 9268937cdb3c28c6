// Notices a photo or video being attached while a compose box is watched: a
// file chosen in a file input, or an image dropped or pasted. Only file types
// are read, never file contents (clause 6.9 reminder, no image analysis).
const isMedia = (type: string) => type.startsWith('image/') || type.startsWith('video/');

function hasMedia(files: FileList | null | undefined, items?: DataTransferItemList | null) {
  if (files && [...files].some((f) => isMedia(f.type))) return true;
  return !!items && [...items].some((i) => i.kind === 'file' && isMedia(i.type));
}

export function watchAttachments(
  doc: Document,
  isInComposeArea: (target: EventTarget | null) => boolean,
  onAttach: () => void,
  signal: AbortSignal,
): void {
  const options = { capture: true, passive: true, signal };
  doc.addEventListener(
    'change',
    (e) => {
      const input = e.composedPath()[0];
      if (input instanceof HTMLInputElement && input.type === 'file' && hasMedia(input.files)) {
        onAttach();
      }
    },
    options,
  );
  doc.addEventListener(
    'drop',
    (e) => {
      if (isInComposeArea(e.composedPath()[0] ?? null) && hasMedia(e.dataTransfer?.files))
        onAttach();
    },
    options,
  );
  doc.addEventListener(
    'paste',
    (e) => {
      const data = e.clipboardData;
      if (isInComposeArea(e.composedPath()[0] ?? null) && hasMedia(data?.files, data?.items)) {
        onAttach();
      }
    },
    options,
  );
}
