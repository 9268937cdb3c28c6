// The budget check itself must be able to fail: feed it what a bad build would contain.
import { SHIPPED_DATA } from '../../lib/engine/shipped-data';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import sample from '../../lib/sample/sample-settings.json';
import type { SchoolSettings } from '../../lib/settings/types';
import {
  backgroundProblems,
  checkerDataMarkers,
  wordDataMarkers,
  contentScriptProblems,
  contentScriptsTotalProblems,
  documentReaderProblems,
  pageAssets,
  pageBudgetProblems,
  settingsMarkers,
} from './bundle-budget';

const markers = settingsMarkers(sample as unknown as SchoolSettings);

describe('content-script budget check', () => {
  it('passes a small script with no library or settings inside', () => {
    const code =
      'const port=chrome.runtime.connect({name:"before-you-post/check"});port.postMessage({type:"check",text:t});';
    expect(contentScriptProblems(code, markers)).toEqual([]);
  });

  it('catches compromise bundled in (and its size)', () => {
    const require = createRequire(import.meta.url);
    const code = readFileSync(require.resolve('compromise/one'), 'utf8');
    const problems = contentScriptProblems(code, markers);
    expect(problems.some((problem) => problem.includes('contains compromise'))).toBe(true);
    expect(problems.some((problem) => problem.includes('over the 60 KB budget'))).toBe(true);
  });

  it('catches the photo metadata reader bundled in', async () => {
    const require = createRequire(import.meta.url);
    const code = readFileSync(require.resolve('exifr/dist/mini.esm.mjs'), 'utf8');
    expect(contentScriptProblems(code, markers)).toEqual([
      expect.stringContaining('contains exifr'),
    ]);
  });

  it('catches settings data built into the bundle', () => {
    const code = `var s=${JSON.stringify(sample)};`;
    expect(contentScriptProblems(code, markers)).toEqual([expect.stringContaining('Kacper Nowak')]);
    expect(contentScriptProblems('names=["Kacper","Nowak"]', markers)).toEqual([
      'contains settings data (Kacper Nowak)',
    ]);
    expect(contentScriptProblems('const Kacper=1, Nowakowski=2;', markers)).toEqual([]);
    expect(contentScriptProblems('label:"oldpark.example.sch.uk"', markers)).toHaveLength(1);
  });

  it('knows the sample school and pupils', () => {
    expect(markers.people).toEqual(
      expect.arrayContaining([
        ['Amelia', 'Smith'],
        ['Dawn', 'Hughes'],
      ]),
    );
    expect(markers.strings).toEqual(expect.arrayContaining(['TF3 1AA', 'Year 4 Oak']));
  });
});

describe('budgets of the scripts together and of the background', () => {
  it('adds up the content scripts', () => {
    expect(contentScriptsTotalProblems({ 'content.js': 40_000, 'reminder.js': 7_000 })).toEqual([]);
    expect(contentScriptsTotalProblems({ 'content.js': 38_000, 'reminder.js': 29_000 })).toEqual([
      expect.stringMatching(/^65\.4 KB in all \(content\.js 37\.1 KB, reminder\.js 28\.3 KB\)/),
    ]);
  });

  it('catches compromise bundled back into the background, and its size', () => {
    const require = createRequire(import.meta.url);
    const code = readFileSync(require.resolve('compromise'), 'utf8');
    const problems = backgroundProblems(code.repeat(3));
    expect(problems.some((problem) => problem.includes('contains compromise'))).toBe(true);
    expect(problems).toContainEqual(
      expect.stringMatching(/ bytes is over the 300,000-byte budget$/),
    );
    // The budget is in bytes: 300 KB of 1,024 would let 7,200 bytes more through.
    expect(backgroundProblems(`//${'x'.repeat(300_000)}`)).toEqual([
      '300,002 bytes is over the 300,000-byte budget',
    ]);
    expect(backgroundProblems('const lexicon = new Map();')).toEqual([]);
  });

  it('catches the tone model bundled back into the background', () => {
    const weights = SHIPPED_DATA.toneModel!.weights;
    const bundled = `const MODEL={weights:"${weights}"};`;
    expect(backgroundProblems(bundled, weights)).toEqual([
      'contains the tone model: it ships as data/checker-data.json',
    ]);
    expect(backgroundProblems('fetch(getURL("/data/checker-data.json"))', weights)).toEqual([]);
  });

  it('catches the word lists bundled back into the background', () => {
    const words = SHIPPED_DATA.words;
    const wordMarkers = wordDataMarkers(words);
    // As a minifier writes them: template literals, or strings with their line breaks escaped.
    const bundled = `const E=\`${words.english}\`,V=${JSON.stringify(words.everyday)},L=${JSON.stringify(words.lexicon)},G=${JSON.stringify(words.gates)};`;
    expect(backgroundProblems(bundled, '', wordMarkers)).toEqual([
      'contains the English words: they ship as data/checker-data.json',
      'contains the everyday words: they ship as data/checker-data.json',
      "contains compromise's lexicon: they ship as data/checker-data.json",
      'contains the literal gates: they ship as data/checker-data.json',
    ]);
    expect(backgroundProblems('fetch(getURL("/data/checker-data.json"))', '', wordMarkers)).toEqual(
      [],
    );
  });

  it('catches the seed policy bundled back into the background', () => {
    const dataMarkers = checkerDataMarkers(SHIPPED_DATA);
    expect(dataMarkers["the seed policy's text"]).toHaveLength(40);
    // As a minifier writes the JSON it imports: one string a clause.
    const bundled = `var seed=${JSON.stringify(SHIPPED_DATA.seedPolicy)};`;
    expect(backgroundProblems(bundled, '', dataMarkers)).toEqual([
      "contains the seed policy's text: they ship as data/checker-data.json",
    ]);
    expect(backgroundProblems('fetch(getURL("/data/checker-data.json"))', '', dataMarkers)).toEqual(
      [],
    );
  });

  it('catches the target groups bundled into the background', () => {
    const dataMarkers = checkerDataMarkers(SHIPPED_DATA);
    expect(dataMarkers['the target groups']!.length).toBeGreaterThanOrEqual(12);
    const bundled = `var groups=${JSON.stringify(SHIPPED_DATA.acts.targets)};`;
    expect(backgroundProblems(bundled, '', dataMarkers)).toContain(
      'contains the target groups: they ship as data/checker-data.json',
    );
  });

  it('catches the act vocabulary bundled into the background', () => {
    const dataMarkers = checkerDataMarkers(SHIPPED_DATA);
    expect(dataMarkers['the act vocabulary']!.length).toBeGreaterThanOrEqual(12);
    // As a minifier writes the patterns it imports: one string an entry.
    const bundled = `var insult=${JSON.stringify(SHIPPED_DATA.acts.byKind)};`;
    expect(backgroundProblems(bundled, '', dataMarkers)).toEqual([
      'contains the act vocabulary: they ship as data/checker-data.json',
    ]);
  });

  it("catches parent-contact's phrase lists and the child-context words bundled back in", () => {
    const dataMarkers = checkerDataMarkers(SHIPPED_DATA);
    expect(dataMarkers["parent-contact's phrase lists"]!.length).toBeGreaterThanOrEqual(12);
    expect(dataMarkers['the child-context words']!.length).toBeGreaterThanOrEqual(12);
    // As a minifier writes the lists it imports: one string each.
    const bundled = `var p=${JSON.stringify(SHIPPED_DATA.invitations)},c=${JSON.stringify(SHIPPED_DATA.words.childContext)};`;
    expect(backgroundProblems(bundled, '', dataMarkers)).toEqual([
      "contains parent-contact's phrase lists: they ship as data/checker-data.json",
      'contains the child-context words: they ship as data/checker-data.json',
    ]);
    expect(backgroundProblems('fetch(getURL("/data/checker-data.json"))', '', dataMarkers)).toEqual(
      [],
    );
  });
});

describe('document reader placement check', () => {
  const options = {
    path: 'chunks/options-1.js',
    code: 'const read=()=>import(`./docx-1.js`),pdf=()=>import("./pdf-1.js");',
  };
  const docx = { path: 'chunks/docx-1.js', code: 'throw Error("Could not find file in options")' };
  const pdf = { path: 'chunks/pdf-1.js', code: 'x.GlobalWorkerOptions.workerSrc="/assets/w.mjs"' };
  const worker = { path: 'assets/pdf.worker.min-1.mjs', code: 'throw "Invalid PDF structure"' };

  it('passes readers each in a lazily loaded chunk or the worker file', () => {
    expect(documentReaderProblems([options, docx, pdf, worker])).toEqual([]);
  });

  it('catches a reader bundled into a file loaded up front', () => {
    const background = { path: 'background.js', code: `${docx.code};${pdf.code}` };
    expect(documentReaderProblems([options, docx, pdf, worker, background])).toEqual([
      'mammoth is loaded up front by background.js',
      'pdf.js is loaded up front by background.js',
    ]);
  });

  it('catches a reader over its budget, and one missing from the build', () => {
    const big = { ...docx, code: docx.code + 'x'.repeat(401 * 1024) };
    expect(documentReaderProblems([options, big, pdf])).toEqual([
      expect.stringMatching(/^mammoth in chunks\/docx-1\.js: 401 KB is over its 400 KB budget$/),
      'pdf.js worker: not found in the build',
    ]);
  });
});

describe('extension page budget check', () => {
  const html = `<script type="module" crossorigin src="/chunks/options-A1.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/policy-pack-B2.js">
    <link rel="stylesheet" crossorigin href="/assets/options-C3.css">
    <link rel="icon" href="/icon/16.png">`;

  it('counts the scripts, preloads and stylesheets the HTML names, nothing else', () => {
    expect(pageAssets(html)).toEqual([
      'chunks/options-A1.js',
      'chunks/policy-pack-B2.js',
      'assets/options-C3.css',
    ]);
  });

  it('passes a page within its budget and fails one over it, or one without a budget', () => {
    expect(pageBudgetProblems('options.html', html, () => 10 * 1024)).toEqual([]);
    expect(pageBudgetProblems('options.html', html, () => 100 * 1024)).toEqual([
      'options.html loads 300.0 KB, over its 170 KB budget',
    ]);
    expect(pageBudgetProblems('new.html', html, () => 1)).toEqual([
      'new.html has no budget in PAGE_BUDGETS_KB',
    ]);
  });
});
