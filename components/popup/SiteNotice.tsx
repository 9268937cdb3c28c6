// What the popup says about the tab's site when it has no warnings to show: whether posts
// there are checked at all. It never says a post "looks fine" where nothing was checked.
import type { TabSite } from '../../platform/sites';
import { OptionsLink } from './OptionsLink';

/** The tab's site, or `unknown` when the browser did not tell the popup the tab's address. */
export type SiteView = TabSite | { kind: 'unknown' };

export interface SiteNoticeProps {
  site: SiteView;
  /** options.html, optionally with a site to add: options.html?add-site=forum.example.org */
  optionsHref: (addSite?: string) => string;
  onOpenOptions?: (href: string) => void;
}

export function SiteNotice({ site, optionsHref, onOpenOptions }: SiteNoticeProps) {
  const link = (text: string, addSite?: string) => {
    const href = optionsHref(addSite);
    return (
      <OptionsLink href={href} onOpen={onOpenOptions && (() => onOpenOptions(href))}>
        {text}
      </OptionsLink>
    );
  };
  switch (site.kind) {
    case 'watched':
      return (
        <p class="notice all-clear" role="status">
          <span aria-hidden="true">✓ </span>No warnings so far in what you are writing on{' '}
          {site.label}.
        </p>
      );
    case 'switched-off':
      return (
        <p class="notice off" role="status">
          Posts on {site.label} are not checked: it is switched off under Sites in {link('Options')}
          .
        </p>
      );
    case 'not-watched':
      return (
        <div class="notice off" role="status">
          <p>
            Posts on <strong>{site.host}</strong> are not checked: it is not one of the watched
            sites.
          </p>
          <p>{link(`Add ${site.host} in Options`, site.host)}</p>
        </div>
      );
    case 'not-a-site':
      return (
        <p class="notice off" role="status">
          This page is not a web site, so nothing here is checked. Before You Post checks posts as
          you write them on the sites listed in {link('Options')}.
        </p>
      );
    case 'unknown':
      return (
        <p class="notice" role="status">
          Nothing has been checked in this tab yet. Warnings appear here as you write a post on one
          of the sites listed in {link('Options')}.
        </p>
      );
  }
}
