// Wires storage (platform/options-store.ts) to the options page and re-reads on every change.
import { useEffect, useState } from 'preact/hooks';
import {
  OptionsApp,
  type OptionsActions,
  type OptionsView,
} from '../../components/options/OptionsApp';
import { downloadText } from '../../components/options/settings-file';
import { policyPath } from '../../lib/messaging/page-links';
import * as store from '../../platform/options-store';
import { DEFAULT_SITE_LIST } from '../../platform/sites';

type State = Omit<OptionsView, 'welcome' | 'suggestedSite' | 'clauseHref'>;

const EMPTY: State = {
  local: null,
  damaged: null,
  damagedData: [],
  effective: null,
  managed: [],
  managedProblems: [],
  sites: DEFAULT_SITE_LIST,
  undoLabel: null,
  settingsUndoLabel: null,
  policyUndoLabel: null,
};

export function Root({ search = location.search }: { search?: string }) {
  const [state, setState] = useState<State | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const params = new URLSearchParams(search);
  const [welcome, setWelcome] = useState(params.has('welcome'));
  const suggestedSite = params.get('add-site')?.trim() || undefined;
  // readOptionsState checks every key and does not throw; if storage itself fails, the page
  // still renders, empty, so a settings file can be imported or everything deleted.
  const reload = () =>
    store.readOptionsState().then(setState, (error: unknown) => {
      setLoadError(String(error));
      setState(EMPTY);
    });
  useEffect(() => {
    void reload();
    return store.watchOptionsState(() => void reload());
  }, []);

  if (!state) return <p>Loading…</p>;
  const actions: OptionsActions = {
    ...store,
    deleteAll: store.deleteAllSchoolData,
    loadSample: async () => {
      await store.loadSample();
      // Read the new settings before the page shows what was loaded: the storage event that
      // would re-read them may come after, and the try-it box's example is built from them.
      await reload();
      setWelcome(false);
    },
    closeWelcome: () => {
      history.replaceState(null, '', location.pathname);
      setWelcome(false);
    },
    saveDamagedCopy: () =>
      void store
        .damagedSettingsText()
        .then((text) => downloadText('damaged-school-settings.json', text)),
  };
  const view: OptionsView = {
    ...state,
    welcome,
    suggestedSite,
    clauseHref: (id) => policyPath({ clause: id }),
  };
  return (
    <>
      {loadError ? <p role="alert">The settings could not be loaded: {loadError}</p> : null}
      <OptionsApp view={view} actions={actions} />
    </>
  );
}
