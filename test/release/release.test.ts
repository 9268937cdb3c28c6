// The release build, as a store reviewer and a school's IT admin would inspect it. One build
// and zip per browser (beforeAll) serves every check here.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKER_DATA_FILE } from '../../lib/engine/data';
import { SHIPPED_DATA } from '../../lib/engine/shipped-data';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import {
  backgroundProblems,
  checkerDataMarkers,
  contentScriptProblems,
  contentScriptsTotalProblems,
  documentReaderProblems,
  pageBudgetProblems,
  settingsMarkers,
} from './bundle-budget';
import { cspProblems, permissionProblems, remoteCodeProblems } from './manifest-checks';
import { buildRelease, listFiles, readManifest, ROOT, type ReleaseBuild } from './release-build';
import { webExtLint } from './web-ext-lint';

let build: ReleaseBuild;
beforeAll(async () => {
  build = await buildRelease();
}, 240_000);

const ICON_SIZES = ['16', '32', '48', '96', '128'];

/** True when the sources declare a content script (content.ts, content/, foo.content.ts, foo.content/). */
function sourcesHaveContentScript(): boolean {
  const contentEntry = /^(?:.+\.)?content(?:\.[jt]sx?)?$/;
  return readdirSync(join(ROOT, 'entrypoints')).some((entry) => contentEntry.test(entry));
}

describe('release build: content scripts', () => {
  it('each content script is ≤ 60 KB and holds neither compromise, exifr nor settings data', () => {
    const dir = join(build.chromeDir, 'content-scripts');
    const scripts = listFiles(dir).filter((file) => file.endsWith('.js'));
    if (sourcesHaveContentScript()) expect(scripts.length).toBeGreaterThan(0);
    const markers = settingsMarkers(sample as unknown as SchoolSettings);
    const problems = scripts.flatMap((file) =>
      contentScriptProblems(readFileSync(join(dir, file), 'utf8'), markers).map(
        (problem) => `${file}: ${problem}`,
      ),
    );
    expect(problems).toEqual([]);
    const sizes = Object.fromEntries(
      scripts.map((file) => [file, readFileSync(join(dir, file)).length] as const),
    );
    expect(contentScriptsTotalProblems(sizes)).toEqual([]);
  });

  it('background.js stays within its budget and holds neither compromise, the tone model, the word lists nor the seed policy', () => {
    const weights = SHIPPED_DATA.toneModel!.weights;
    const words = checkerDataMarkers(SHIPPED_DATA);
    for (const dir of [build.chromeDir, build.firefoxDir]) {
      const code = readFileSync(join(dir, 'background.js'), 'utf8');
      expect(backgroundProblems(code, weights, words)).toEqual([]);
    }
  });

  it('ships the checker data beside background.js, as the repository holds it', () => {
    for (const dir of [build.chromeDir, build.firefoxDir]) {
      const shipped: unknown = JSON.parse(readFileSync(join(dir, CHECKER_DATA_FILE), 'utf8'));
      expect(shipped).toEqual(SHIPPED_DATA);
    }
  });
});

describe('release build: document readers', () => {
  it.each(['chrome', 'firefox'] as const)(
    '%s loads mammoth and pdf.js only when the options page reads a policy, within budget',
    (browser) => {
      const dir = browser === 'chrome' ? build.chromeDir : build.firefoxDir;
      const files = listFiles(dir)
        .filter((file) => /\.m?js$/.test(file))
        .map((path) => ({ path, code: readFileSync(join(dir, path), 'utf8') }));
      expect(documentReaderProblems(files)).toEqual([]);
    },
  );
});

describe('release build: extension pages', () => {
  it.each(['chrome', 'firefox'] as const)('%s pages load within their budgets', (browser) => {
    const dir = browser === 'chrome' ? build.chromeDir : build.firefoxDir;
    const pages = listFiles(dir).filter((file) => /^[^/]+\.html$/.test(file));
    expect(pages.sort()).toEqual(['options.html', 'policy.html', 'popup.html', 'privacy.html']);
    const problems = pages.flatMap((page) =>
      pageBudgetProblems(
        page,
        readFileSync(join(dir, page), 'utf8'),
        (asset) => statSync(join(dir, asset)).size,
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('release build: manifest', () => {
  it.each(['chrome', 'firefox'] as const)(
    '%s asks for the fewest permissions, each justified',
    (browser) => {
      const manifest = readManifest(browser === 'chrome' ? build.chromeDir : build.firefoxDir);
      expect(permissionProblems(manifest)).toEqual([]);
    },
  );

  it.each(['chrome', 'firefox'] as const)(
    "%s has a strict CSP: script-src 'self'; object-src 'self'",
    (browser) => {
      const manifest = readManifest(browser === 'chrome' ? build.chromeDir : build.firefoxDir);
      expect(cspProblems(manifest)).toEqual([]);
    },
  );

  it.each(['chrome', 'firefox'] as const)('%s loads no remote code', (browser) => {
    const dir = browser === 'chrome' ? build.chromeDir : build.firefoxDir;
    const problems = listFiles(dir)
      .filter((file) => /\.(html|m?js)$/.test(file))
      .flatMap((file) => remoteCodeProblems(file, readFileSync(join(dir, file), 'utf8')));
    expect(problems).toEqual([]);
  });

  it('has every icon size and the privacy page', () => {
    for (const dir of [build.chromeDir, build.firefoxDir]) {
      const manifest = readManifest(dir);
      expect(Object.keys(manifest.icons as Record<string, string>).sort()).toEqual(
        [...ICON_SIZES].sort(),
      );
      for (const path of Object.values(manifest.icons as Record<string, string>)) {
        expect(existsSync(join(dir, path))).toBe(true);
      }
      expect(readFileSync(join(dir, 'privacy.html'), 'utf8')).toContain(
        'Nothing leaves your browser',
      );
    }
  });

  it('gives Firefox a fixed add-on id and declares that no data is collected; Chrome gets neither key', () => {
    const firefox = readManifest(build.firefoxDir);
    expect(firefox.browser_specific_settings?.gecko).toMatchObject({
      id: expect.stringMatching(/@/),
      data_collection_permissions: { required: ['none'] },
    });
    expect(readManifest(build.chromeDir).browser_specific_settings).toBeUndefined();
  });
});

describe('release build: packages', () => {
  it('the Firefox build passes web-ext lint with no errors', async () => {
    const report = await webExtLint(build.firefoxDir);
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);

  it('npm run zip makes a Chrome/Edge zip, a Firefox zip and the Firefox sources zip', () => {
    const names = build.zips.map((zip) => zip.replace(/-\d+\.\d+\.\d+/, ''));
    expect(names.sort()).toEqual([
      'before-you-post-chrome.zip',
      'before-you-post-firefox.zip',
      'before-you-post-sources.zip',
    ]);
    for (const zip of build.zips.filter((name) => !name.includes('sources'))) {
      const bytes = readFileSync(join(build.outDir, zip));
      expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04])); // "PK\3\4"
      expect(bytes.includes('manifest.json')).toBe(true);
    }
  });
});
