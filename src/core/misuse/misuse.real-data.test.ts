// The misuse analyses on the real files of ../shared/data: the Carnegie AI Global Surveillance
// Index 2022, Access Now's STOP shutdowns, the four item control lists, and the DoD 1260H and EU
// Annex IV restricted-party lists. Every figure was counted independently from the CSV files (a
// short Python script over the columns), not from these functions; skipped, with a message, when
// the folder is absent.
/* eslint-disable no-restricted-imports -- a test on real data runs the importers' parsers over
   ../shared/data; the modules under test import only core. */
import { parseEuAnnexIText } from '../../importers/control-lists/eu-annex-i-text.parser.ts';
import { parseIndiaScomet } from '../../importers/control-lists/india-scomet.parser.ts';
import { parseUsCcl } from '../../importers/control-lists/us-ccl.parser.ts';
import { parseWassenaarList } from '../../importers/control-lists/wassenaar-list.parser.ts';
import { parseCarnegieAigs } from '../../importers/misuse/carnegie-aigs.parser.ts';
import { parseKeepItOn } from '../../importers/misuse/keepiton.parser.ts';
import { economies, misuseFile, once } from '../../importers/misuse/misuse.test-support.ts';
import { parseDod1260h } from '../../importers/restricted-parties/dod-1260h.parser.ts';
import { parseEu833AnnexIv } from '../../importers/restricted-parties/eu-833-annex-iv.parser.ts';
import {
  exportControlFile,
  screeningList,
} from '../../importers/restricted-parties/restricted-lists.test-support.ts';
/* eslint-enable no-restricted-imports */
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { partyEntity } from '../restricted-parties/party-entity.ts';
import { buildNameIndex } from '../screening/name-index.ts';
import { screen } from '../screening/screen.ts';
import { countryProfile, surveillanceSupplyMap } from './country-profile.ts';
import {
  listingStatus,
  supplierDivergence,
  supplierFootprint,
  type SupplierListingHit,
} from './footprint.ts';
import { supplierKey } from './supplier-name.ts';
import { DEFAULT_TECHNOLOGY_CONTROLS, technologyControlStatus } from './technology-controls.ts';

warnWithoutSharedData('misuse analyses on real data');

const aigs = once(
  () =>
    parseCarnegieAigs(misuseFile('carnegie_aigs_2022_by_country.csv'), { economies: economies() })
      .cases,
);
const stop = once(
  () =>
    parseKeepItOn(misuseFile('accessnow_keepiton_stop_2016_2025.csv'), { economies: economies() })
      .cases,
);

describe.skipIf(!hasSharedData)('supplier footprints in the Carnegie index 2022', () => {
  it('Huawei: 53 countries once the combined India cell is split', () => {
    const f = supplierFootprint(aigs(), supplierKey('Huawei'));
    expect(f.countries).toHaveLength(53);
    expect(f.countries.map((c) => c.iso3)).toContain('IND');
    expect(f.supplier).toEqual(['Huawei']);
    // Every case is from the index, which names suppliers per country.
    expect(f.countryAttributed).toBe(f.cases);
    expect(f.sources).toEqual([{ sourceId: 'carnegie-aigs-2022', cases: f.cases }]);
    expect(f.years).toEqual([{ year: 2022, cases: f.cases }]);
  });

  it('Hikvision: 12 countries and 36 cases, the misprint "Hikvsion" (UAE) included', () => {
    const f = supplierFootprint(aigs(), supplierKey('Hikvision'));
    expect(f.countries.map((c) => c.iso3)).toEqual([
      'ARE',
      'AUS',
      'DNK',
      'GBR',
      'IND',
      'MMR',
      'NLD',
      'NZL',
      'SAU',
      'UKR',
      'ZMB',
      'ZWE',
    ]);
    expect(f.cases).toBe(36);
    expect(f.supplier).toEqual(['Hikvision', 'Hikvsion']);
    expect(f.countries.find((c) => c.iso3 === 'IND')!.technologies).toEqual([
      'safe-city',
      'facial-recognition',
      'smart-policing',
      'social-media-surveillance',
    ]);
  });
});

describe.skipIf(!hasSharedData)('the surveillance supply map of the Carnegie index 2022', () => {
  it('colours the 97 countries: 45 China only, 8 US only, 23 both, 12 other, 9 none', () => {
    const m = surveillanceSupplyMap(aigs());
    expect(m.countries).toHaveLength(97);
    expect(m.totals).toEqual({ 'china-only': 45, 'us-only': 8, both: 23, other: 12, none: 9 });
    expect(m.countries.reduce((t, c) => t + c.cases, 0)).toBe(249);
  });

  it('India: both, from China Tech and US Tech, with India and Japan named as other origins', () => {
    expect(surveillanceSupplyMap(aigs()).countries.find((c) => c.iso3 === 'IND')).toEqual({
      iso3: 'IND',
      colour: 'both',
      cases: 4,
      china: 4,
      unitedStates: 4,
      other: 4,
      none: 0,
      origins: ['CHN', 'IND', 'JPN', 'USA'],
    });
  });
});

describe.skipIf(!hasSharedData)('the profile of India', () => {
  const profile = once(() => countryProfile([...aigs(), ...stop()], 'IND'));

  it('counts 84 shutdowns in 2024, as Access Now does', () => {
    const y2024 = profile().years.find((y) => y.year === 2024)!;
    expect(y2024.byKind['internet-shutdown']).toBe(84);
    expect(y2024.total).toBe(84);
  });

  it('has the four technologies of the Carnegie index, and Huawei among Chinese suppliers', () => {
    const p = profile();
    expect(p.years.find((y) => y.year === 2022)!.byKind['surveillance-deployment']).toBe(4);
    expect(
      p.technologies.filter((t) => t.technology !== 'shutdown').map((t) => t.technology),
    ).toEqual(['safe-city', 'facial-recognition', 'smart-policing', 'social-media-surveillance']);
    expect(p.origins.find((o) => o.group === 'china')!.cases).toBe(4);
    expect(p.origins.find((o) => o.group === 'united-states')!.cases).toBe(4);
    // The index states several origins for India: no supplier's seat can be inferred.
    expect(p.suppliers.find((s) => s.key === 'huawei')).toMatchObject({
      cases: 4,
      group: 'unknown',
    });
    expect(p.withoutSupplier).toBe(p.kinds['internet-shutdown']);
  });
});

describe.skipIf(!hasSharedData)('the default technology map against the real control lists', () => {
  const dir = (file: string) => sharedFile('export-controls', 'lists', file);
  const lists = once(() =>
    [
      parseWassenaarList(dir('wassenaar_2025corr_dual_use_and_munitions_list.txt'), {
        id: 'wa-2025',
      }),
      parseUsCcl(dir('us_ccl_ecfr_2026-07-23.json'), { id: 'us-ccl-2026' }),
      parseEuAnnexIText(dir('norway_list_II_dual_use_2022.txt'), {
        id: 'no-2022',
        date: '2022-03-01',
        jurisdiction: 'NOR',
      }),
      parseIndiaScomet(dir('india_scomet_2024-09-02.txt'), { id: 'in-scomet-2024' }),
    ].map((p) => ({ listId: p.list.id, jurisdiction: p.list.jurisdiction, entries: p.entries })),
  );

  it('finds every mapped entry controlled where the texts control it', () => {
    const status = technologyControlStatus(DEFAULT_TECHNOLOGY_CONTROLS, lists());
    const rows = status.flatMap((s) =>
      s.entries.map((e) => [
        `${e.canonicalCode}${e.paragraph ? `.${e.paragraph}` : ''}`,
        e.controlledBy.map((l) => l.jurisdiction),
      ]),
    );
    const all = ['WA', 'USA', 'NOR', 'IND'];
    expect(rows).toEqual([
      ['4A005', all],
      ['4D004', all],
      ['4E001.c', all],
      ['5A001.j', all],
      ['5A001.f', all],
      ['5A980', ['USA']],
      ['5D001.e', all],
    ]);
    expect(status.find((s) => s.technology === 'facial-recognition')!.controlledBy).toEqual([]);
  });

  it('finds no entry naming facial recognition in any of the four lists', () => {
    for (const l of lists())
      for (const e of l.entries) {
        expect(e.heading).not.toMatch(/facial|face recognition/i);
        for (const p of e.paragraphs) expect(p.text).not.toMatch(/facial|face recognition/i);
      }
  });
});

describe.skipIf(!hasSharedData)('Hikvision’s listing status: DoD 1260H and EU Annex IV', () => {
  const parsed = once(() => [
    parseDod1260h(screeningList('us_dod_1260h_chinese_military_companies.csv'), {
      economies: economies(),
    }),
    parseEu833AnnexIv(exportControlFile('eu_reg_833_2014_annex_IV_only.csv'), {
      economies: economies(),
    }),
  ]);

  it('is listed by the US and not by the EU: a divergence', () => {
    const parties = parsed().flatMap((p) => p.parties);
    const byId = new Map(parties.map((p) => [p.id, p]));
    const index = buildNameIndex(parties.map(partyEntity));
    const hits: SupplierListingHit[] = screen(index, {
      name: 'Hikvision',
      type: 'organization',
    }).hits.map((h) => {
      const p = byId.get(h.entityId)!;
      return {
        listId: p.listId,
        jurisdiction: p.jurisdiction,
        entityId: p.id,
        entityName: p.name,
        score: h.score,
        decision: null,
      };
    });
    const members = parsed().map((p) => ({ listId: p.list.id, jurisdiction: p.list.jurisdiction }));
    const status = listingStatus(hits, members);
    expect(status.listings).toMatchObject([
      {
        list: 'us-dod-1260h',
        jurisdiction: 'US',
        entityName: 'Hangzhou Hikvision Digital Technology Co., Ltd.',
        score: 1,
        confirmed: false,
      },
    ]);
    expect(status.listedBy).toEqual(['US']);
    expect(status.notListedBy).toEqual(['EU']);
    expect(supplierDivergence(supplierKey('Hikvision'), status, members)).toEqual({
      supplierKey: 'hikvision',
      listedBy: ['US'],
      notListedBy: ['EU'],
    });
  });
});
