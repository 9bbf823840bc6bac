// The docs name every indicator code and every import format the code knows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '../src/core/indicators/indicator-catalogue.ts';
import { importFormatNames } from '../src/services/import-formats.ts';

describe('documentation', () => {
  it('documents every indicator code in docs/indicators.md', () => {
    const doc = readFileSync('docs/indicators.md', 'utf8');
    const missing = INDICATOR_CATALOGUE.map((i) => i.code).filter((c) => !doc.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });

  it('documents every import format (rows, chains, restricted-party lists) in docs/importing.md', () => {
    const doc = readFileSync('docs/importing.md', 'utf8');
    const missing = importFormatNames().filter((f) => !doc.includes(`\`${f}\``));
    expect(missing).toEqual([]);
  });
});
