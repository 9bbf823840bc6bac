// Golden outputs of scoreMatch over the pairs in test/golden/screening/pairs.json: the score and
// the whole explanation (matched name, token pairs, contributions, threshold). A change of weights
// or of normalisation shows here line by line; regenerate the expected file only on purpose.
import { describe, expect, it } from 'vitest';
import fixture from '../../../test/golden/screening/pairs.json' with { type: 'json' };
import expected from '../../../test/golden/screening/scores.expected.json' with { type: 'json' };
import { scoreMatch } from './score-match.ts';
import type { ScreeningEntity, ScreeningQuery } from './screening-entity.ts';

const golden = () =>
  fixture.pairs.map((p) => ({
    case: p.case,
    result: scoreMatch(p.query as ScreeningQuery, p.candidate as ScreeningEntity),
  }));

describe('scoreMatch on the golden pairs', () => {
  it('gives the committed scores and explanations', () => {
    expect(JSON.parse(JSON.stringify(golden()))).toEqual(expected);
  });
});
