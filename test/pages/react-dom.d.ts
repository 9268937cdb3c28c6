// react-dom ships no types and @types/react-dom is not installed; the test pages
// use only this.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export function createRoot(container: Element): { render(node: ReactNode): void };
}
