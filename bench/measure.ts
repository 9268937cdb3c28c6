// Percentiles of a function's run time, for the targets vitest bench does not
// print (it gives p75/p99, the issue asks for p95), and the summary table.
import { performance } from 'node:perf_hooks';

export interface Timing {
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function time(run: () => unknown, samples: number, warmup = Math.min(50, samples)): Timing {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return {
    p50: at(0.5),
    p95: at(0.95),
    max: at(1),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

export const ms = (value: number): string => `${value.toFixed(3)} ms`;
