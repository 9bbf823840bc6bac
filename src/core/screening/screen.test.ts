import { describe, expect, it } from 'vitest';
import { buildNameIndex } from './name-index.ts';
import { DEFAULT_THRESHOLD } from './score-match.ts';
import { screen } from './screen.ts';
import { screenReference } from './screen.reference.ts';
import type { ScreeningEntity } from './screening-entity.ts';

const entities: ScreeningEntity[] = [
  {
    id: 'putin',
    names: ['PUTIN, Vladimir Vladimirovich', 'Владимир Путин'],
    type: 'person',
    countries: ['RU'],
    birthDates: ['1952-10-07'],
  },
  { id: 'potanin', names: ['Vladimir Potanin'], type: 'person', birthDates: ['1961'] },
  { id: 'lavrov', names: ['LAVROV, Sergey Viktorovich'], type: 'person', countries: ['RU'] },
  {
    id: 'gazprom',
    names: ['Gazprom Neft PAO', 'ПАО Газпром нефть'],
    type: 'organization',
    countries: ['RU'],
  },
  { id: 'gazprom-bank', names: ['Gazprombank JSC'], type: 'organization' },
  { id: 'salek', names: ['SALEK, Abdulhai'], type: 'person', birthDates: ['1965'] },
];
const index = buildNameIndex(entities);

describe('screen', () => {
  it('returns the hits at or above the threshold, best first, with explanations', () => {
    const r = screen(index, { name: 'Vladimir Putin', type: 'person' });
    expect(r.threshold).toBe(DEFAULT_THRESHOLD);
    expect(r.hits.map((h) => h.entityId)).toEqual(['putin']);
    expect(r.hits[0]!.explanation).toMatchObject({ matchedName: 'Владимир Путин', nameIndex: 1 });
    expect(r.candidatesScored).toBeGreaterThan(0);
    expect(r.warnings).toEqual([]);
  });

  it('screens "OOO Gazprom Neft" to the listed "Gazprom Neft PAO"', () => {
    const r = screen(index, { name: 'OOO Gazprom Neft' });
    expect(r.hits[0]).toMatchObject({ entityId: 'gazprom' });
    expect(r.hits[0]!.explanation.legalForms).toEqual({ query: ['OOO'], candidate: ['JSC'] });
  });

  it('uses the birth date: a conflict lowers the score below an agreement', () => {
    const agree = screen(index, { name: 'Abdulhai Salek', birthDate: '1965-03-01' }).hits[0]!;
    const conflict = screen(index, { name: 'Abdulhai Salek', birthDate: '1971' }).hits[0]!;
    expect(agree.score).toBe(1);
    expect(conflict.score).toBeLessThan(agree.score);
  });

  it('honours the threshold and the limit', () => {
    const loose = screen(index, { name: 'Vladimir Putin' }, { threshold: 0.3 });
    expect(loose.hits.length).toBeGreaterThan(1);
    expect(loose.hits.every((h) => h.score >= 0.3)).toBe(true);
    expect(loose.hits.map((h) => h.score)).toEqual(
      [...loose.hits.map((h) => h.score)].sort((a, b) => b - a),
    );
    expect(
      screen(index, { name: 'Vladimir Putin' }, { threshold: 0.3, limit: 1 }).hits.length,
    ).toBe(1);
  });

  it('finds the same hits as the full scan on a small list', () => {
    for (const name of ['Vladimir Putin', 'Sergei Lavrov', 'Gazprom', 'Salek Abdulhai', 'Potanin'])
      expect(screen(index, { name }, { threshold: 0.5 }).hits).toEqual(
        screenReference(index, { name }, { threshold: 0.5 }).hits,
      );
  });

  it('warns about an empty name and screens nothing', () => {
    const r = screen(index, { name: ' ,. ' });
    expect(r.hits).toEqual([]);
    expect(r.candidatesScored).toBe(0);
    expect(r.warnings.map((w) => w.code)).toEqual(['empty_name']);
  });

  it('warns about a single word, a name of removable words, an unknown country and an unreadable date', () => {
    expect(screen(index, { name: 'Gazprom' }).warnings.map((w) => w.code)).toEqual([
      'single_token',
    ]);
    expect(screen(index, { name: 'GmbH' }).warnings.map((w) => w.code)).toEqual([
      'only_removable_words',
    ]);
    expect(
      screen(index, {
        name: 'Sergei Lavrov',
        country: 'Russia',
        birthDate: '21/03/1950',
      }).warnings.map((w) => w.code),
    ).toEqual(['unknown_country', 'unreadable_birth_date']);
  });
});
