// Keeps one checker built from the effective settings (this browser's, with any
// managed policy laid over them), rebuilt when they change. Before any settings
// are imported, or if they are damaged, it checks with NO_SCHOOL_SETTINGS so
// generic kinds such as phone numbers still warn.
import { NO_SCHOOL_SETTINGS } from '../../lib/default-settings';
import { createChecker, type Checker } from '../../lib/engine';
import { loadEffectiveSettings } from '../settings-source';
import { settingsItem } from '../storage';

async function build(): Promise<Checker> {
  try {
    return createChecker((await loadEffectiveSettings()) ?? NO_SCHOOL_SETTINGS);
  } catch (error) {
    console.error('Before You Post: settings could not be used; checking without them', error);
    return createChecker(NO_SCHOOL_SETTINGS);
  }
}

export function createCheckerHost(onRebuilt: () => void) {
  let current: Promise<Checker> | undefined;

  const unwatch = settingsItem.watch(() => {
    current = build();
    onRebuilt();
  });

  return {
    checker: (): Promise<Checker> => (current ??= build()),
    unwatch,
  };
}
