import { highlightRuns, type TextRange } from '../../lib/policy/search';

/** A clause's text with the search's matches marked; line breaks in the policy kept. */
export function ClauseText({ text, highlights = [] }: { text: string; highlights?: TextRange[] }) {
  return (
    <p class="clause-text">
      {highlightRuns(text, highlights).map((run, i) =>
        run.marked ? <mark key={i}>{run.text}</mark> : run.text,
      )}
    </p>
  );
}
