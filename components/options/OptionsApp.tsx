// The whole options page, from props: entrypoints/options/main.tsx wires storage to it.
import type { SettingsProblem } from '../../lib/settings';
import type { SchoolClass, SchoolSettings } from '../../lib/settings/types';
import type { ManagedPart } from '../../platform/managed-merge';
import type { SiteList } from '../../platform/sites';
import type { StoredDamage, StoredKey } from '../../platform/stored-data';
import { ClassesEditor } from './ClassesEditor';
import { DamagedData } from './DamagedData';
import { DamagedSettings } from './DamagedSettings';
import { PrivacyPanel } from './PrivacyPanel';
import { ProblemList } from './Problems';
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
  welcome: boolean;
}

export interface OptionsActions {
  saveSettings(settings: SchoolSettings): Promise<void>;
  /** Resolves to why the file was refused (too large to keep), or null once it is kept. */
  importSettings(settings: SchoolSettings): Promise<string | null>;
  repairStoredKey(key: StoredKey): Promise<void>;
  saveClasses(classes: SchoolClass[], undoLabel?: string): Promise<void>;
  undoImport(): Promise<void>;
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
      <DamagedData damage={view.damagedData} onRepair={actions.repairStoredKey} />
      {view.managedProblems.length ? (
        <ProblemList
          title="The settings pushed by your school's IT could not be used:"
          problems={view.managedProblems}
        />
      ) : null}
      <SectionBoundary name="Settings file">
        <SettingsFileSection settings={effective} onImport={actions.importSettings} />
      </SectionBoundary>
      <SectionBoundary name="School profile">
        <SchoolProfile
          school={effective?.school ?? null}
          managed={isManaged('school')}
          onSave={(school) => savePart('school', school)}
        />
      </SectionBoundary>
      {base ? (
        <>
          <SectionBoundary name="Class lists">
            <ClassesEditor
              classes={effective?.classes ?? []}
              undoLabel={view.undoLabel}
              managed={isManaged('classes')}
              onChange={actions.saveClasses}
              onUndo={actions.undoImport}
            />
          </SectionBoundary>
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
        </>
      ) : (
        <p class="notice">
          Enter your school's name above and save it (or import a settings file, or try the sample)
          to add class lists, staff and working hours.
        </p>
      )}
      <SectionBoundary name="Sites">
        <SiteListSection
          sites={view.sites}
          managed={isManaged('sites')}
          onToggle={actions.toggleSite}
          onAdd={actions.addSite}
          onRemove={actions.removeSite}
        />
      </SectionBoundary>
      <PrivacyPanel {...count(effective)} onDeleteAll={actions.deleteAll} />
    </main>
  );
}
