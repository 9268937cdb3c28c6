// Events as the browser makes them for a person's own act: `isTrusted` true. happy-dom makes
// every event untrusted (as a page script's are), so tests mark the person's acts themselves.
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
