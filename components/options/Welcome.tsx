// First run (options.html?welcome): what the extension does, what it never does, and three
// ways to start, each reachable from here: the sample school, a class list, a settings file.
export interface WelcomeProps {
  onTrySample(): Promise<void>;
  onClose(): void;
}

/** Moves focus to a control further down the page (a link alone only scrolls). */
const focusById = (id: string) => (event: Event) => {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus();
};

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
      <h3>Start in one of three ways</h3>
      <ol>
        <li>
          <button type="button" class="primary" onClick={() => void onTrySample()}>
            Try it with the sample school
          </button>{' '}
          a made-up school with ten pupils, to see warnings at once.
        </li>
        <li>
          <a href="#import-class-list" onClick={focusById('import-class-list')}>
            Import a class list
          </a>{' '}
          exported from your MIS (SIMS, Arbor, Bromcom, ScholarPack…) as CSV. You will see what it
          holds before anything is saved.
        </li>
        <li>
          <a href="#import-settings" onClick={focusById('import-settings')}>
            Import a settings file
          </a>{' '}
          (school-settings.json) if your school's IT has given you one.
        </li>
      </ol>
      <p>
        <button type="button" onClick={onClose}>
          Close welcome
        </button>
      </p>
    </section>
  );
}
