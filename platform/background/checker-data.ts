// The checker's data (lib/engine/data.ts: the tone model's weights), read from the file the
// build writes beside background.js (wxt.config.ts) rather than carried inside it: 175 KB
// less script for a woken worker to load. The file is part of the extension, so reading it
// is local, never the network. Read once per worker, beside the settings
// (checker-host.ts); a damaged file is reported and the checker goes by its rules alone.
import { browser } from '#imports';
import { CHECKER_DATA_FILE, type CheckerData } from '../../lib/engine/data';
import type { EncodedModel } from '../../lib/disparaging/tone/encoded';

let loading: Promise<CheckerData> | undefined;

/** The data, read from the extension's file on first call; later calls share the promise. */
export function loadCheckerData(): Promise<CheckerData> {
  loading ??= readCheckerData(readFile);
  return loading;
}

/** What `read` gives, checked; a file that cannot be read is reported. Never rejects. */
export function readCheckerData(read: () => Promise<unknown>): Promise<CheckerData> {
  return read().then(checkerDataOf, (error: unknown) => {
    console.error('Before You Post: the checker data could not be read', error);
    return {};
  });
}

async function readFile(): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(`/${CHECKER_DATA_FILE}`));
  return response.json();
}

/** What of `raw` is usable: a tone model of the right shape, or nothing. */
export function checkerDataOf(raw: unknown): CheckerData {
  const toneModel = (raw as { toneModel?: unknown } | null)?.toneModel;
  if (isEncodedModel(toneModel)) return { toneModel };
  console.error('Before You Post: the checker data file has no usable tone model');
  return {};
}

function isEncodedModel(value: unknown): value is EncodedModel {
  const m = value as Partial<EncodedModel> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.buckets === 'number' &&
    typeof m.scale === 'number' &&
    typeof m.threshold === 'number' &&
    typeof m.weights === 'string'
  );
}
