// When each social site last had the working-time banner: { "facebook.com": "2026-06-10-am" }.
// Local to this browser; holds no names, only site and half-day.
import { storage } from '#imports';

export const reminderShownItem = storage.defineItem<Record<string, string>>('local:reminderShown', {
  fallback: {},
});

/** Keeps one entry per site: older half-days are of no further use. */
export async function recordReminderShown(
  site: string,
  slot: string,
  shown: Record<string, string>,
): Promise<void> {
  await reminderShownItem.setValue({ ...shown, [site]: slot });
}
