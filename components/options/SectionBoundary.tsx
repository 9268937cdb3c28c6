// One part of the options page that fails to draw (data no check foresaw) must not blank the
// whole page: the rest, with Import settings and Delete all school data, keeps working.
import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What this part is, e.g. "Sites". */
  name: string;
  children: ComponentChildren;
}

export class SectionBoundary extends Component<Props, { error: string | null }> {
  override state = { error: null as string | null };

  static override getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <section role="alert" class="damaged">
        <h2>{this.props.name}</h2>
        <p>
          This part of the page could not be shown ({this.state.error}). The rest of the page works:
          importing a settings file, or deleting all school data, puts it right.
        </p>
      </section>
    );
  }
}
