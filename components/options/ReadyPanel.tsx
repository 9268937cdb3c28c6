// What the first run leads to: straight after the sample school or a class list is loaded,
// a box to try a post in, the sites where posts are checked, and what to do next.
import type { ComponentChildren } from 'preact';
import { focusOnMount } from './Problems';
import { TryItBox, type TryItBoxProps } from './TryItBox';

export interface ReadyPanelProps extends Omit<TryItBoxProps, 'example'> {
  /** "The sample school is loaded", "Saved 24 pupils from sims.csv". */
  heading: string;
  /** What is loaded now, e.g. "Old Park Primary School: 10 pupils in 1 class, 2 staff." */
  summary: string;
  /** A first post for the box, naming someone from the list just loaded. */
  example: string;
  /** The names of the sites posts are checked on. */
  sites: string[];
  /** What to do next, one item a step. */
  steps: ComponentChildren[];
  /** 2 where the panel is a section of its own, 3 inside another section. */
  level?: 2 | 3;
  onDone(): void;
}

export function ReadyPanel({
  heading,
  summary,
  sites,
  steps,
  level = 3,
  onDone,
  ...tryIt
}: ReadyPanelProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <div class={`ready level-${level}`} role="region" aria-labelledby="ready-heading">
      <Heading id="ready-heading" tabIndex={-1} ref={focusOnMount}>
        {heading}
      </Heading>
      <p>{summary}</p>
      <TryItBox {...tryIt} />
      <Sub>Where posts are checked</Sub>
      <p>
        {sites.length
          ? `As you write a post on ${sites.join(', ')}.`
          : 'Nowhere: every site is switched off under Sites.'}{' '}
        <a href="#sites-heading">Change the sites</a>
      </p>
      <Sub>Next</Sub>
      <ol>
        {steps.map((step, index) => (
          <li key={index}>{step}</li>
        ))}
      </ol>
      <button type="button" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
