// A link to the options page. In the popup a click asks the background to open it
// (onOpen), since a popup's own links would open inside the popup's window.
import type { ComponentChildren } from 'preact';

export interface OptionsLinkProps {
  href: string;
  onOpen?: () => void;
  children: ComponentChildren;
}

export function OptionsLink({ href, onOpen, children }: OptionsLinkProps) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noreferrer"
      onClick={
        onOpen &&
        ((e) => {
          e.preventDefault();
          onOpen();
        })
      }
    >
      {children}
    </a>
  );
}
