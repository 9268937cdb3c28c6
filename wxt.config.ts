import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { stripRuleDocsPlugin } from './scripts/strip-rule-docs';
import { stripActDocsPlugin } from './scripts/strip-act-docs';
import { checkerDataFileText } from './lib/engine/shipped-data';
import { CHECKER_DATA_FILE } from './lib/engine/data';

// Sites the user adds in options (platform/site-access.ts) are asked for at run time.
const EXTRA_SITE_ORIGINS = ['https://*/*', 'http://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  vite: () => ({
    // The act vocabulary's notes and examples, and the name rules' why and examples, are for
    // people and tests, not the checker.
    plugins: [preact(), stripActDocsPlugin(), stripRuleDocsPlugin()],
  }),
  manifest: {
    name: 'Before You Post',
    description:
      'Warns school staff, before they post, when a social media post names a pupil, identifies the school or gives out contact details. Nothing leaves your browser.',
    // activeTab: the popup, opened from the toolbar, may read that one tab's address to say
    // whether posts there are checked (no install warning; nothing else is granted).
    permissions: ['storage', 'scripting', 'alarms', 'activeTab'],
    // Keyboard route to the overlay's card (entrypoints/background.ts).
    commands: {
      'show-warnings': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Show the warnings for the post you are writing',
      },
    },
    optional_host_permissions: EXTRA_SITE_ORIGINS,
    // What school IT may push through Google Admin console or Intune (docs/managed/).
    storage: { managed_schema: 'managed_schema.json' },
    // No remote code, no inline script, no plugins: the strictest policy extension pages can run under.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // Firefox needs a fixed id to keep storage across updates, and school IT names it in
    // policies.json (docs/managed/firefox-policies.json); nothing is collected (README).
    browser_specific_settings: {
      gecko: {
        id: 'beforeyoupost@beforeyoupost.uk',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // The checker's data (the tone model, the word lists, the seed policy) ships as a file
    // beside background.js, read by platform/background/checker-data.ts, so the worker's
    // script does not carry it.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: CHECKER_DATA_FILE, contents: checkerDataFileText() });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(CHECKER_DATA_FILE);
    },
    // browser_specific_settings is Firefox's key; Chrome warns about keys it does not know.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') delete manifest.browser_specific_settings;
      // Firefox reads managed storage from policies.json and has no managed_schema key.
      else delete manifest.storage;
      // WXT drops optional_host_permissions from MV2 builds; MV2 lists them in optional_permissions.
      if (manifest.manifest_version === 2) {
        manifest.optional_permissions = [
          ...(manifest.optional_permissions ?? []),
          ...EXTRA_SITE_ORIGINS,
        ];
      }
    },
  },
});
