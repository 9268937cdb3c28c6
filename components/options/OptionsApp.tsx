// The whole options page, from props: entrypoints/options/main.tsx wires storage to it.
import { useState } from 'preact/hooks';
import type { ClassListPreview } from '../../lib/class-list';
import type { TryCheckAnswer } from '../../lib/messaging/try-protocol';
import type { SettingsProblem } from '../../lib/settings';
import type { SchoolClass, SchoolSettings } from '../../lib/settings/types';
import type { ManagedPart } from '../../platform/managed-merge';
import type { StoredDamage, StoredKey } from '../../platform/stored-data';
import { BUILT_IN_SITES, isBuiltInSiteOn, type SiteList } from '../../platform/sites';
import { ClassesEditor } from './ClassesEditor';
import { DamagedData } from './DamagedData';
import { DamagedSettings } from './DamagedSettings';
import type { PolicyPreviewResult } from '../../lib/policy/preview';
import type { PolicyPack } from '../../lib/policy/types';
import { PolicySection } from './PolicySection';
import { PrivacyPanel } from './PrivacyPanel';
import { ProblemList } from './Problems';
import { ReadyPanel } from './ReadyPanel';
import { SchoolProfile } from './SchoolProfile';
import { SectionBoundary } from './SectionBoundary';
import { SettingsFileSection } from './SettingsFileSection';
import { SiteListSection } from './SiteListSection';
import { StaffEditor } from './StaffEditor';
import { TimetableEditor } from './TimetableEditor';
import { Welcome } from './Welcome';

export interface OptionsView {
  /** This browser's own settings, or null; `damaged` holds why they could not be read. */
  local: SchoolSettings | null;
  damaged: SettingsProblem[] | null;
  /** Other saved data that could not be read (platform/stored-data.ts). */
  damagedData: StoredDamage[];
  /** What the checker uses: local settings with managed parts laid over them. */
  effective: SchoolSettings | null;
  managed: ManagedPart[];
  managedProblems: SettingsProblem[];
  sites: SiteList;
  undoLabel: string | null;
  /** Label of the policy import that can be undone, or null. */
  policyUndoLabel: string | null;
  /** Label of the settings import (or sample) that can be undone, or null. */
  settingsUndoLabel: string | null;
  welcome: boolean;
  /** A site the popup offered to add (options.html?add-site=forum.example.org). */
  suggestedSite?: string;
  /** Where each clause is (policy.html#6.13). */
  clauseHref: (id: string) => string;
}

export interface OptionsActions {
  saveSettings(settings: SchoolSettings): Promise<void>;
  /** Resolves to why the file was refused (too large to keep), or null once it is kept. */
  importSettings(settings: SchoolSettings, label: string): Promise<string | null>;
  repairStoredKey(key: StoredKey): Promise<void>;
  undoSettingsImport(): Promise<void>;
  saveClasses(classes: SchoolClass[], undoLabel?: string, schoolName?: string): Promise<void>;
  /** The try-it box: the text checked against the settings in use. */
  tryCheck(text: string): Promise<TryCheckAnswer>;
  undoImport(): Promise<void>;
  readPolicyFile(name: string, bytes: ArrayBuffer): Promise<string>;
  previewPolicyText(text: string): Promise<PolicyPreviewResult>;
  savePolicy(policy: PolicyPack, undoLabel?: string): Promise<void>;
  undoPolicyImport(): Promise<void>;
  toggleSite(id: string, on: boolean): Promise<void>;
  addSite(input: string): Promise<string | null>;
  removeSite(pattern: string): Promise<void>;
  deleteAll(): Promise<void>;
  loadSample(): Promise<void>;
  closeWelcome(): void;
  saveDamagedCopy(): void;
  discardDamaged(): Promise<void>;
}

const count = (settings: SchoolSettings | null) => ({
  pupilCount: settings?.classes.reduce((n, c) => n + c.pupils.length, 0) ?? 0,
  classCount: settings?.classes.length ?? 0,
  staffCount: settings?.staff.length ?? 0,
});

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What was just loaded, so the page can show the try-it box and next steps beside it. */
type JustLoaded = { from: 'sample' } | { from: 'class-list'; label: string; example: string };

/** A first post naming the first pupil of a list: "Well done Millie in Year 4 Oak today! …" */
function examplePost(classes: SchoolSettings['classes']): string {
  const schoolClass = classes.find((c) => c.pupils.length > 0);
  const pupil = schoolClass?.pupils[0];
  const name = pupil ? (pupil.preferred ?? pupil.first) : 'everyone';
  const where = schoolClass ? ` in ${schoolClass.name}` : '';
  return `Well done ${name}${where} today! Ring me on 07700 900123 if you have any questions.`;
}

function watchedSites(list: SiteList): string[] {
  return [
    ...BUILT_IN_SITES.filter((site) => isBuiltInSiteOn(list, site.id)).map((site) => site.label),
    ...list.extra.map((site) => site.label),
  ];
}

const jump = (id: string, text: string) => <a href={`#${id}`}>{text}</a>;

export function OptionsApp({ view, actions }: { view: OptionsView; actions: OptionsActions }) {
  const { local, effective, managed } = view;
  const [justLoaded, setJustLoaded] = useState<JustLoaded | null>(null);
  const isManaged = (part: ManagedPart) => managed.includes(part);
  // Edits go to this browser's settings; with none yet, a managed profile is the starting point.
  const base = local ?? effective;
  const savePart = <K extends keyof SchoolSettings>(part: K, value: SchoolSettings[K]) =>
    base
      ? actions.saveSettings({ ...base, [part]: value })
      : actions.saveSettings({
          format: 'school-settings',
          version: 1,
          school: value as SchoolSettings['school'],
          classes: [],
          staff: [],
        });

  const { pupilCount, classCount, staffCount } = count(effective);
  const ready = (heading: string, example: string, steps: JustLoaded['from']) => (
    <ReadyPanel
      heading={heading}
      level={steps === 'sample' ? 2 : 3}
      summary={`${effective?.school.name || 'No school name yet'}: ${plural(pupilCount, 'pupil')} in ${plural(classCount, 'class', 'classes')}, ${plural(staffCount, 'member', 'members')} of staff.`}
      example={example}
      check={actions.tryCheck}
      clauseHref={view.clauseHref}
      sites={watchedSites(view.sites)}
      steps={
        steps === 'sample'
          ? [
              <>
                This is a made-up school. When you are ready,{' '}
                {jump('import-settings', 'import your settings file')} or{' '}
                {jump('import-class-list', 'a class list')}: you will see what changes first, and
                can undo it.
              </>,
              <>
                Set the school day under {jump('timetable-heading', 'Working hours')} for the clause
                6.13 reminder.
              </>,
              <>
                Open one of the sites and start a post: warnings appear under the words as you type,
                and the toolbar button counts them.
              </>,
            ]
          : [
              <>
                Fill in the {jump('profile-heading', 'School profile')} (address, phone, email
                domain, website) so posts that identify the school warn too.
              </>,
              <>Mark pupils who must not be named or photographed under each class below.</>,
              <>
                Set the school day under {jump('timetable-heading', 'Working hours')} for the clause
                6.13 reminder.
              </>,
              <>
                Open one of the sites and start a post: warnings appear under the words as you type.
              </>,
            ]
      }
      onDone={() => setJustLoaded(null)}
    />
  );

  return (
    <main>
      <h1>Before You Post – settings</h1>
      {view.welcome ? (
        <Welcome
          onTrySample={async () => {
            await actions.loadSample();
            setJustLoaded({ from: 'sample' });
          }}
          onClose={actions.closeWelcome}
        />
      ) : null}
      {/* Shown once the stored sample is read back, so its summary is never the old state's. */}
      {justLoaded?.from === 'sample' && effective?.school.name ? (
        <section class="ready-section">
          {ready('The sample school is loaded', examplePost(effective?.classes ?? []), 'sample')}
        </section>
      ) : null}
      {view.damaged ? (
        <DamagedSettings
          problems={view.damaged}
          onSaveCopy={actions.saveDamagedCopy}
          onDiscard={actions.discardDamaged}
        />
      ) : null}
      <DamagedData damage={view.damagedData} onRepair={actions.repairStoredKey} />
      {view.managedProblems.length ? (
        <ProblemList
          title="The settings pushed by your school's IT could not be used:"
          problems={view.managedProblems}
        />
      ) : null}
      <SectionBoundary name="Settings file">
        <SettingsFileSection
          current={local}
          exportable={effective}
          managed={managed}
          undoLabel={view.settingsUndoLabel}
          onImport={actions.importSettings}
          onUndo={actions.undoSettingsImport}
        />
      </SectionBoundary>
      <SectionBoundary name="School profile">
        <SchoolProfile
          school={effective?.school ?? null}
          managed={isManaged('school')}
          onSave={(school) => savePart('school', school)}
        />
      </SectionBoundary>
      <SectionBoundary name="Class lists">
        <ClassesEditor
          classes={effective?.classes ?? []}
          undoLabel={view.undoLabel}
          managed={isManaged('classes')}
          needsSchoolName={!base}
          onChange={actions.saveClasses}
          onUndo={actions.undoImport}
          onImported={(preview: ClassListPreview, label: string) =>
            setJustLoaded({ from: 'class-list', label, example: examplePost(preview.classes) })
          }
          afterImport={
            justLoaded?.from === 'class-list'
              ? ready(
                  `Saved the class list from ${justLoaded.label}`,
                  justLoaded.example,
                  'class-list',
                )
              : null
          }
        />
      </SectionBoundary>
      {base ? (
        <>
          <SectionBoundary name="Staff">
            <StaffEditor
              staff={effective?.staff ?? []}
              managed={isManaged('staff')}
              onChange={(staff) => savePart('staff', staff)}
            />
          </SectionBoundary>
          <SectionBoundary name="Working hours">
            <TimetableEditor
              hours={effective?.workingHours}
              managed={isManaged('workingHours')}
              onSave={(hours) => savePart('workingHours', hours)}
            />
          </SectionBoundary>
          <SectionBoundary name="Policy">
            <PolicySection
              policy={effective?.policy ?? null}
              undoLabel={view.policyUndoLabel}
              readFile={actions.readPolicyFile}
              preview={actions.previewPolicyText}
              onSave={actions.savePolicy}
              onUndo={actions.undoPolicyImport}
            />
          </SectionBoundary>
        </>
      ) : (
        <p class="notice">
          Enter your school's name above and save it (or import a settings file or a class list, or
          try the sample) to add staff, working hours and your policy.
        </p>
      )}
      <SectionBoundary name="Sites">
        <SiteListSection
          sites={view.sites}
          managed={isManaged('sites')}
          onToggle={actions.toggleSite}
          onAdd={actions.addSite}
          onRemove={actions.removeSite}
          suggested={view.suggestedSite}
        />
      </SectionBoundary>
      <PrivacyPanel {...count(effective)} onDeleteAll={actions.deleteAll} />
    </main>
  );
}
