// The shipped names model is exactly what `npm run train:names` makes from data/names-train/:
// training and the choice of thresholds are deterministic (fixed seed, fixed order), so anyone
// can rebuild it and check.
import { describe, expect, it } from 'vitest';
import { runScript } from './run-script';

describe('npm run train:names', () => {
  it('rebuilds lib/names/model/model-data.ts byte for byte from the data', () => {
    const result = runScript('train-names.ts', ['--check']);
    expect(result.stderr).toContain('model-data.ts matches the data');
    expect(result.stderr).toMatch(
      /\d{4} candidates from 30 schools; raise 0\.\d+, quiet 0\.\d+, quietName 0\b/,
    );
    expect(result.status).toBe(0);
  }, 120_000);
});
