import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { movesAwayFromAgreed, positionWarnings } from './early-warning.ts';
import {
  CHIPS,
  CLOUD,
  ISSUES,
  near,
  POSITIONS,
  pending,
  position,
} from './positions.test-support.ts';

describe('movesAwayFromAgreed', () => {
  // Chips: options 0–3, agreed 2.
  it('fires when the pending position is further from the agreed option than the current one', () => {
    const move = movesAwayFromAgreed(
      CHIPS,
      position(CHIPS.id, 'DEU', 1),
      pending(CHIPS.id, 'DEU', 0, '2027-03-01'),
    );
    expect(move.away).toBe(true);
    expect(move.currentDistance).toBeCloseTo(1 / 3, 12);
    expect(move.pendingDistance).toBeCloseTo(2 / 3, 12);
  });

  it('does not fire when the member moves towards it, or as far on the other side', () => {
    expect(
      movesAwayFromAgreed(CHIPS, position(CHIPS.id, 'FRA', 1), pending(CHIPS.id, 'FRA', 2, 'x')),
    ).toEqual({ away: false, currentDistance: near(1 / 3), pendingDistance: 0 });
    // From licence review (1) to embargo (3): still 1/3 from presumption of denial (2).
    expect(
      movesAwayFromAgreed(CHIPS, position(CHIPS.id, 'FRA', 1), pending(CHIPS.id, 'FRA', 3, 'x'))
        .away,
    ).toBe(false);
  });

  it('without a current position, fires on any distance from the agreed option', () => {
    expect(movesAwayFromAgreed(CHIPS, null, pending(CHIPS.id, 'KOR', 3, 'x'))).toEqual({
      away: true,
      currentDistance: null,
      pendingDistance: near(1 / 3),
    });
    expect(movesAwayFromAgreed(CHIPS, null, pending(CHIPS.id, 'KOR', 2, 'x')).away).toBe(false);
  });

  it('never fires on an issue without an agreed option', () => {
    expect(
      movesAwayFromAgreed(CLOUD, position(CLOUD.id, 'JPN', 2), pending(CLOUD.id, 'JPN', 0, 'x')),
    ).toEqual({ away: false, currentDistance: null, pendingDistance: null });
  });

  it('refuses positions on another issue or of two members', () => {
    expect(() => movesAwayFromAgreed(CHIPS, null, pending(CLOUD.id, 'JPN', 0, 'x'))).toThrow(
      DomainError,
    );
    expect(() =>
      movesAwayFromAgreed(CHIPS, position(CHIPS.id, 'USA', 1), pending(CHIPS.id, 'JPN', 0, 'x')),
    ).toThrow(/USA's, the pending one JPN's/);
  });
});

describe('positionWarnings (the worked example)', () => {
  it('lists each pending position that moves away, the soonest first', () => {
    const warnings = positionWarnings(ISSUES, POSITIONS);
    // KOR chips → embargo (no current position), DEU chips licence review → none; not FRA
    // (towards the agreed option) nor JPN (cloud has no agreed option).
    expect(
      warnings.map((w) => [w.member, w.issueId, w.optionLabel, w.agreedLabel, w.expectedDate]),
    ).toEqual([
      ['KOR', 'ai-chip-controls', 'embargo', 'presumption of denial', '2027-01-15'],
      ['DEU', 'ai-chip-controls', 'none', 'presumption of denial', '2027-03-01'],
    ]);
    expect(warnings[1]).toEqual({
      issueId: 'ai-chip-controls',
      title: 'Controls on advanced AI chips',
      member: 'DEU',
      option: 0,
      optionLabel: 'none',
      agreedOption: 2,
      agreedLabel: 'presumption of denial',
      currentOption: 1,
      currentDistance: near(1 / 3),
      pendingDistance: near(2 / 3),
      expectedDate: '2027-03-01',
    });
    expect(warnings[0]).toMatchObject({ currentOption: null, currentDistance: null });
  });

  it('reads the latest pending position of a member', () => {
    const later = pending(CHIPS.id, 'DEU', 2, '2027-05-01', { recordedAt: '2026-12-01T00:00:00Z' });
    expect(positionWarnings(ISSUES, [...POSITIONS, later]).map((w) => w.member)).toEqual(['KOR']);
    expect(positionWarnings([CLOUD], POSITIONS)).toEqual([]);
  });
});
