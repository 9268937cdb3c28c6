// First run (options.html?welcome): what the extension does, what it never does, and how to start.
export interface WelcomeProps {
  onTrySample(): Promise<void>;
  onClose(): void;
}

export function Welcome({ onTrySample, onClose }: WelcomeProps) {
  return (
    <section aria-labelledby="welcome-heading" class="welcome">
      <h2 id="welcome-heading">Welcome to Before You Post</h2>
      <p>
        While you write a post on a social site, Before You Post quietly points out anything the
        school's social media policy asks you to think twice about: a pupil's name, the school's
        name or address, contact details, a pupil identifier, or an invitation to talk through
        personal social media.
      </p>
      <p>
        It never blocks or changes your post, never sends anything anywhere, and never shows the
        class lists to the sites you visit. Everything stays in this browser.
      </p>
      <h3>Three steps to load your school's data</h3>
      <ol>
        <li>
          Enter your school's name and details under School profile (or import a settings file).
        </li>
        <li>Export the pupil list from your MIS as CSV and choose it under Import class list.</li>
        <li>Check the preview, then save. Warnings start at once.</li>
      </ol>
      <p>
        <button type="button" onClick={() => void onTrySample()}>
          Try it with the sample school
        </button>{' '}
        <button type="button" onClick={onClose}>
          Close welcome
        </button>
      </p>
    </section>
  );
}
