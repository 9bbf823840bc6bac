import { describe, expect, it } from 'vitest';
import { positionDivergences } from './positions-divergences.ts';
import { CHIPS, ISSUES, near, POSITIONS, pending, position } from './positions.test-support.ts';

describe('positionDivergences (the worked example)', () => {
  const found = positionDivergences(ISSUES, POSITIONS);
  const byKey = new Map(found.map((d) => [d.key, d]));

  it('finds the issues where positions differ and the members away from an agreed option', () => {
    expect(found.map((d) => [d.key, d.kind, d.members, d.confidentiality])).toEqual([
      ['agreed:ai-chip-controls:DEU', 'away-from-agreed', ['DEU'], 'alliance'],
      ['agreed:ai-chip-controls:FRA', 'away-from-agreed', ['FRA'], 'members'],
      ['agreed:ai-chip-controls:USA', 'away-from-agreed', ['USA'], 'alliance'],
      ['agreed:outbound-investment:DEU', 'away-from-agreed', ['DEU'], 'public'],
      ['agreed:outbound-investment:FRA', 'away-from-agreed', ['FRA'], 'public'],
      ['agreed:outbound-investment:USA', 'away-from-agreed', ['USA'], 'public'],
      ['issue:ai-chip-controls', 'positions-differ', ['DEU', 'FRA', 'JPN', 'USA'], 'members'],
      ['issue:cloud-kyc', 'positions-differ', ['DEU', 'JPN', 'USA'], 'members'],
      ['issue:outbound-investment', 'positions-differ', ['DEU', 'FRA', 'USA'], 'public'],
    ]);
    expect(found.every((d) => d.source === 'positions')).toBe(true);
  });

  it('measures an issue by its mean pairwise divergence, its severity by the largest', () => {
    const chips = byKey.get('issue:ai-chip-controls')!;
    expect(chips.severity).toBeCloseTo(2 / 3, 12);
    expect(chips.measure).toBeCloseTo(7 / 18, 12);
    expect([byKey.get('issue:cloud-kyc')!.severity, byKey.get('issue:cloud-kyc')!.measure]).toEqual(
      [1, near(2 / 3)],
    );
    expect(byKey.get('issue:outbound-investment')).toMatchObject({
      severity: 0.75,
      measure: 0.5,
      workstream: 'investment-screening',
    });
  });

  it('says it in plain English, with one line of evidence per member', () => {
    const chips = byKey.get('issue:ai-chip-controls')!;
    expect(chips.title).toBe(
      'Controls on advanced AI chips: members 0.67 apart (USA: embargo; DEU, FRA: licence review)',
    );
    expect(chips.summary).toBe(
      '4 members have a position: embargo (USA); presumption of denial (JPN); licence review (DEU, FRA). ' +
        'On a scale from 0 (the same option) to 1 (opposite ends of the 4 options), they are 0.39 apart on average and 0.67 at most. ' +
        'The alliance agreed on presumption of denial. ' +
        'Pending: DEU expects to move to none by 2027-03-01; FRA expects to move to presumption of denial by 2027-06-30.',
    );
    expect(chips.evidence).toEqual([
      {
        label: 'DEU',
        detail: 'licence review; pending: none by 2027-03-01; shown by oecd-ai:de-chips-2025',
        link: '#/positions/issue?id=ai-chip-controls',
      },
      {
        label: 'FRA',
        detail: 'licence review; pending: presumption of denial by 2027-06-30',
        link: '#/positions/issue?id=ai-chip-controls',
      },
      {
        label: 'JPN',
        detail: 'presumption of denial',
        link: '#/positions/issue?id=ai-chip-controls',
      },
      { label: 'USA', detail: 'embargo', link: '#/positions/issue?id=ai-chip-controls' },
    ]);
    expect([chips.link, chips.apiLink, chips.workstream]).toEqual([
      '#/positions/issue?id=ai-chip-controls',
      '/api/v1/positions/issues/ai-chip-controls',
      'export-controls',
    ]);
    expect(byKey.get('issue:cloud-kyc')!.title).toBe(
      'Know-your-customer rules for cloud compute: members 1.00 apart (JPN, USA: mandatory; DEU: none)',
    );
  });

  it('describes a member away from the agreed option, and where its pending position takes it', () => {
    const deu = byKey.get('agreed:ai-chip-controls:DEU')!;
    expect(deu.severity).toBeCloseTo(1 / 3, 12);
    expect(deu.measure).toBe(deu.severity);
    expect(deu.title).toBe(
      'Controls on advanced AI chips: DEU 0.33 away from the agreed position (licence review; agreed: presumption of denial)',
    );
    expect(deu.summary).toBe(
      "The alliance agreed on presumption of denial; DEU's current position is licence review, " +
        '0.33 away on a scale from 0 (the agreed option) to 1 (the opposite end of the 4 options). ' +
        'It expects to move to none by 2027-03-01, further from the agreed option (0.67).',
    );
    expect(deu.evidence[1]).toEqual({
      label: 'Agreed',
      detail: 'presumption of denial, set by an adopted proposal (see the issue)',
      link: '#/positions/issue?id=ai-chip-controls',
    });
    // The adopted proposal (P-12) is not named: it may be more confidential than the entry.
    expect(JSON.stringify(deu)).not.toContain('P-12');
    expect(byKey.get('agreed:ai-chip-controls:FRA')!.summary).toMatch(
      /move to presumption of denial by 2027-06-30, closer to the agreed option \(0\.00\)\.$/,
    );
    expect(byKey.get('agreed:outbound-investment:USA')!.severity).toBe(0.5);
    expect(byKey.has('agreed:ai-chip-controls:JPN')).toBe(false);
  });

  it('finds nothing when the members agree, or only one answered, or only pending positions differ', () => {
    const same = [position(CHIPS.id, 'USA', 2), position(CHIPS.id, 'JPN', 2)];
    expect(positionDivergences([CHIPS], same)).toEqual([]);
    expect(positionDivergences([CHIPS], [position(CHIPS.id, 'USA', 3)]).map((d) => d.kind)).toEqual(
      ['away-from-agreed'],
    );
    expect(
      positionDivergences(
        [CHIPS],
        [
          ...same,
          pending(CHIPS.id, 'USA', 3, '2027-01-01'),
          pending(CHIPS.id, 'KOR', 0, '2027-01-01'),
        ],
      ),
    ).toEqual([]);
    expect(positionDivergences([{ ...CHIPS, agreedOption: null }], same)).toEqual([]);
  });
});
