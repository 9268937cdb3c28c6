// Keeps one checker built from the stored settings, rebuilt when they change.
// Before any settings are imported it checks with NO_SCHOOL_SETTINGS, so generic
// kinds such as phone numbers still warn.
import { NO_SCHOOL_SETTINGS } from '../../lib/default-settings';
import { createChecker, type Checker } from '../../lib/engine';
import { settingsItem } from '../storage';

async function build(): Promise<Checker> {
  const settings = await settingsItem.getValue();
  try {
    return createChecker(settings ?? NO_SCHOOL_SETTINGS);
  } catch (error) {
    console.error(
      'Before You Post: settings could not be compiled; using no-school settings',
      error,
    );
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
