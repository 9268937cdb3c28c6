// Keeps one checker built from the effective settings (this browser's, with any
// managed policy laid over them), rebuilt when they change. Before any settings
// are imported, or if they are damaged, it checks with NO_SCHOOL_SETTINGS so
// generic kinds such as phone numbers still warn. Beside it, the attachment context
// (photo-restricted pupils, school email domains) from the same settings.
import { NO_SCHOOL_SETTINGS } from '../../lib/settings/defaults';
import { buildChecker, type Checker } from '../../lib/engine/checker';
import { builtInPatterns, warmPatterns } from '../../lib/engine/warm-up';
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

/**
 * A new task, after whatever is waiting: a message on a channel, as setTimeout(0) from a
 * timer's own callback is held back 4 ms once such timers nest five deep (HTML's timers).
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.addEventListener(
      'message',
      () => {
        port1.close();
        resolve();
      },
      { once: true },
    );
    port1.start();
    port2.postMessage(null);
  });
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
     * may not use: a few milliseconds, never a check. While the reads are out, the built-in
     * expressions a first check may need are built (lib/engine/warm-up.ts).
     */
    start(): void {
      void warmPatterns(builtInPatterns(), built(), nextTask).then(() => markStart('warmed'));
    },
    checker: async (): Promise<Checker> => (await built()).checker,
    attachmentContext: async (): Promise<AttachmentContext> => (await built()).context,
    unwatch,
  };
}
