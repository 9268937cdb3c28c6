import { detectors } from './lib/detectors';
import { createChecker } from './lib/engine';
import { largeSchool, post, SENTENCES, TYPED } from './bench/fixtures';
const settings = largeSchool(1000);
const acc: Record<string, number> = {};
const registry = detectors.map((d) => ({ ...d, detect: (t: string, c: unknown, x: any) => { const s = performance.now(); const r = d.detect(t, c, x); acc[d.id] = (acc[d.id] ?? 0) + performance.now() - s; return r; } }));
function freshWord(i: number) { let w = 'zq'; do { w += String.fromCharCode(97 + (i % 26)); i = Math.floor(i / 26); } while (i > 0); return w; }
const checker = createChecker(settings, { registry });
const sentences = [...SENTENCES, TYPED.trim()];
const N = 6000;
for (let r = 0; r < 1000; r++) { const s = sentences[r % sentences.length]!; checker.check(`${s.slice(0, -1)} ${freshWord(Math.floor(r / sentences.length)+1000)}${s.at(-1)}`); }
for (const k of Object.keys(acc)) acc[k] = 0;
const cpu = process.cpuUsage(); const t0 = performance.now();
for (let r = 0; r < N; r++) { const s = sentences[r % sentences.length]!; checker.check(`${s.slice(0, -1)} ${freshWord(Math.floor(r / sentences.length))}${s.at(-1)}`); }
const total = performance.now() - t0; const c = process.cpuUsage(cpu);
console.log('changed sentence mean ms', (total / N).toFixed(4), 'cpu', ((c.user + c.system) / 1000 / N).toFixed(4));
for (const [k, v] of Object.entries(acc).sort((a, b) => b[1] - a[1])) console.log(k.padEnd(20), (v / N).toFixed(4));
console.log('sentences', sentences.length);
