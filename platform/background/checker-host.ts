// Keeps one checker built from the effective settings (this browser's, with any
// managed policy laid over them), rebuilt when they change. Before any settings
// are imported, or if they are damaged, it checks with NO_SCHOOL_SETTINGS so
// generic kinds such as phone numbers still warn. Beside it, the attachment context
// (photo-restricted pupils, school email domains) from the same settings.
import { NO_SCHOOL_SETTINGS } from '../../lib/settings/defaults';
import { buildChecker, type Checker } from '../../lib/engine/checker';
import { loadEffectiveSettings, watchEffectiveSettings } from '../settings-source';
import { attachmentContextOf, type AttachmentContext } from './attachments';
import { loadCheckerData } from './checker-data';
import { markStart } from './start-marks';

/** Long enough for a woken worker's first answer (about 150 ms here) to be out. */
const PREPARE_AFTER_MS = 1000;

interface Built {
  checker: Checker;
  context: AttachmentContext;
}

async function build(): Promise<Built> {
  // The data file is read while storage answers: neither waits for the other.
  const data = loadCheckerData();
  try {
    const settings = (await loadEffectiveSettings()) ?? NO_SCHOOL_SETTINGS;
    markStart('settings');
    const { seedPolicy } = await data;
    const checker = buildChecker(settings, await data);
    markStart('checker');
    // The word lists and the tone model are decoded when a check first needs them, else a
    // second after the checker is built, when the woken worker has answered: run at once,
    // this 20-30 ms of decoding fell between the first check and its badge.
    setTimeout(() => checker.prepare?.(), PREPARE_AFTER_MS);
    return { checker, context: attachmentContextOf(settings, seedPolicy) };
  } catch (error) {
    console.error('Before You Post: settings could not be used; checking without them', error);
    return {
      checker: buildChecker(NO_SCHOOL_SETTINGS, await data),
      context: attachmentContextOf(NO_SCHOOL_SETTINGS, (await data).seedPolicy),
    };
  }
}

export function createCheckerHost(onRebuilt: () => void) {
  let current: Promise<Built> | undefined;
  // Local edits and policies pushed by school IT (storage.managed) both rebuild it.
  const unwatch = watchEffectiveSettings(() => {
    current = build();
    onRebuilt();
  });
  const built = () => (current ??= build());
  return {
    /**
     * Starts reading the settings and the data file and building the checker now, not on the
     * first check: a worker woken by a keystroke runs its script about 5 ms before the message
     * comes, and its other start-up work (working time, the site list) reads the settings too;
     * asked first, this read is answered first. A wake for anything else builds a checker it
     * may not use: a few milliseconds, never a check.
     */
    start(): void {
      void built();
    },
    checker: async (): Promise<Checker> => (await built()).checker,
    attachmentContext: async (): Promise<AttachmentContext> => (await built()).context,
    unwatch,
  };
}
