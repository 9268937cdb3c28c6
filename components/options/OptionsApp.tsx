// The whole options page, from props: entrypoints/options/main.tsx wires storage to it.
import type { SettingsProblem } from '../../lib/settings';
import type { SchoolClass, SchoolSettings } from '../../lib/settings/types';
import type { ManagedPart } from '../../platform/managed-merge';
import type { SiteList } from '../../platform/sites';
import { ClassesEditor } from './ClassesEditor';
import { DamagedSettings } from './DamagedSettings';
import type { PolicyPack } from '../../lib/policy/types';
import { PolicySection } from './PolicySection';
import { PrivacyPanel } from './PrivacyPanel';
import { ProblemList } from './Problems';
import { SchoolProfile } from './SchoolProfile';
import { SettingsFileSection } from './SettingsFileSection';
import { SiteListSection } from './SiteListSection';
import { StaffEditor } from './StaffEditor';
import { TimetableEditor } from './TimetableEditor';
import { Welcome } from './Welcome';

export interface OptionsView {
  /** This browser's own settings, or null; `damaged` holds why they could not be read. */
  local: SchoolSettings | null;
  damaged: SettingsProblem[] | null;
  /** What the checker uses: local settings with managed parts laid over them. */
  effective: SchoolSettings | null;
  managed: ManagedPart[];
  managedProblems: SettingsProblem[];
  sites: SiteList;
  undoLabel: string | null;
  /** Label of the policy import that can be undone, or null. */
  policyUndoLabel: string | null;
  welcome: boolean;
}

export interface OptionsActions {
  saveSettings(settings: SchoolSettings): Promise<void>;
  saveClasses(classes: SchoolClass[], undoLabel?: string): Promise<void>;
  undoImport(): Promise<void>;
  readPolicyFile(name: string, bytes: ArrayBuffer): Promise<string>;
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

export function OptionsApp({ view, actions }: { view: OptionsView; actions: OptionsActions }) {
  const { local, effective, managed } = view;
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

  return (
    <main>
      <h1>Before You Post – settings</h1>
      {view.welcome ? (
        <Welcome onTrySample={actions.loadSample} onClose={actions.closeWelcome} />
      ) : null}
      {view.damaged ? (
        <DamagedSettings
          problems={view.damaged}
          onSaveCopy={actions.saveDamagedCopy}
          onDiscard={actions.discardDamaged}
        />
      ) : null}
      {view.managedProblems.length ? (
        <ProblemList
          title="The settings pushed by your school's IT could not be used:"
          problems={view.managedProblems}
        />
      ) : null}
      <SettingsFileSection settings={effective} onImport={actions.saveSettings} />
      <SchoolProfile
        school={effective?.school ?? null}
        managed={isManaged('school')}
        onSave={(school) => savePart('school', school)}
      />
      {base ? (
        <>
          <ClassesEditor
            classes={effective?.classes ?? []}
            undoLabel={view.undoLabel}
            managed={isManaged('classes')}
            onChange={actions.saveClasses}
            onUndo={actions.undoImport}
          />
          <StaffEditor
            staff={effective?.staff ?? []}
            managed={isManaged('staff')}
            onChange={(staff) => savePart('staff', staff)}
          />
          <TimetableEditor
            hours={effective?.workingHours}
            managed={isManaged('workingHours')}
            onSave={(hours) => savePart('workingHours', hours)}
          />
          <PolicySection
            policy={effective?.policy ?? null}
            undoLabel={view.policyUndoLabel}
            readFile={actions.readPolicyFile}
            onSave={actions.savePolicy}
            onUndo={actions.undoPolicyImport}
          />
        </>
      ) : (
        <p class="notice">
          Enter your school's name above and save it (or import a settings file, or try the sample)
          to add class lists, staff, working hours and your policy.
        </p>
      )}
      <SiteListSection
        sites={view.sites}
        managed={isManaged('sites')}
        onToggle={actions.toggleSite}
        onAdd={actions.addSite}
        onRemove={actions.removeSite}
      />
      <PrivacyPanel {...count(effective)} onDeleteAll={actions.deleteAll} />
    </main>
  );
}
