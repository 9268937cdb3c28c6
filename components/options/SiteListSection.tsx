// Which sites are watched: built-in social sites on or off, and sites the school adds
// (adding one asks the browser for permission to run on it).
import { useState } from 'preact/hooks';
import { BUILT_IN_SITES, type SiteList } from '../../platform/sites';
import { ErrorMessage, ManagedNote, focusOnMount } from './Problems';

export interface SiteListSectionProps {
  sites: SiteList;
  managed: boolean;
  onToggle(id: string, on: boolean): Promise<void>;
  /** Resolves to an error message, or null once the site is added. */
  onAdd(input: string): Promise<string | null>;
  onRemove(pattern: string): Promise<void>;
  /** A site to offer, from the popup's "Add forum.example.org in Options" (options.html?add-site=). */
  suggested?: string;
}

export function SiteListSection({
  sites,
  managed,
  onToggle,
  onAdd,
  onRemove,
  suggested,
}: SiteListSectionProps) {
  const [input, setInput] = useState(suggested ?? '');
  const [error, setError] = useState<string | null>(null);

  async function add(event: Event) {
    event.preventDefault();
    const problem = await onAdd(input);
    setError(problem);
    if (!problem) setInput('');
  }

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <ManagedNote managed={managed} />
      <fieldset disabled={managed}>
        <legend>Check posts on these sites</legend>
        {BUILT_IN_SITES.map((site) => (
          <label key={site.id}>
            <input
              type="checkbox"
              checked={sites.builtIn[site.id] !== false}
              onChange={(e) => void onToggle(site.id, e.currentTarget.checked)}
            />{' '}
            {site.label}
          </label>
        ))}
      </fieldset>
      {sites.extra.length ? (
        <ul>
          {sites.extra.map((site) => (
            <li key={site.pattern}>
              {site.label}{' '}
              {managed ? null : (
                <button type="button" onClick={() => void onRemove(site.pattern)}>
                  Remove {site.label}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {managed ? null : (
        <form onSubmit={add}>
          <label for="add-site">Add a site (your browser will ask to allow it)</label>
          <input
            id="add-site"
            placeholder="community.example.org"
            value={input}
            onInput={(e) => setInput(e.currentTarget.value)}
            ref={suggested ? focusOnMount : undefined}
          />
          {suggested ? (
            <p class="hint">
              Press <strong>Add site</strong> to check posts on {suggested} too.
            </p>
          ) : null}
          <button type="submit" class="primary">
            Add site
          </button>
          <ErrorMessage message={error} />
        </form>
      )}
    </section>
  );
}
