// axe-core in real Chromium: its source is evaluated in the page (the extension pages' CSP
// forbids inline scripts, but the DevTools protocol's evaluate is not a page script), then
// axe.run checks the page as it stands against WCAG 2.2 A and AA.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line a violation: "color-contrast (serious): .severity — Fix any of the following: …". */
export type AxeViolations = string[];

/** The expression that runs axe where it is evaluated and resolves to AxeViolations. */
export function axeExpression(): string {
  return `(async () => {
    ${AXE_SOURCE}
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_TAGS)} } });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => v.id + ' (' + v.impact + '): ' + n.target.join(' ') + ' — ' + n.failureSummary.replace(/\\s+/g, ' ')),
    );
  })()`;
}

export function axeViolations(page: Page): Promise<AxeViolations> {
  return page.evaluate(axeExpression()) as Promise<AxeViolations>;
}
