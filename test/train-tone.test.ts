// The shipped tone model is exactly what `npm run train:tone` makes from data/tone/*.jsonl:
// training is deterministic (fixed seed, fixed order), so anyone can rebuild it and check.
// It trains each family five times (five folds) and then once more: minutes on a loaded
// machine, hence the long timeout (a limit on hanging, not on speed).
import { describe, expect, it } from 'vitest';
import { runScript } from './run-script';

describe('npm run train:tone', () => {
  it('rebuilds lib/disparaging/tone/model-data.ts byte for byte from the data', () => {
    const result = runScript('train-tone.ts', ['--check']);
    expect(result.stderr).toContain('model-data.ts matches the data');
    expect(result.stderr).toMatch(/logistic regression\s+P [\d.]+%/);
    expect(result.status).toBe(0);
  }, 600_000);
});
