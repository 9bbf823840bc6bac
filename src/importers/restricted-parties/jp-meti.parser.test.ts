import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import { parseJpMeti } from './jp-meti.parser.ts';
import {
  copyWithBadByte,
  copyWithLine,
  exportControlFile,
  fixture,
  scratchDir,
  starterEconomies,
  once,
} from './restricted-lists.test-support.ts';

warnWithoutSharedData('METI export-ban list parser tests on real data');

const economies = starterEconomies();
const RUSSIA = exportControlFile('jp_meti_russia_export_ban_russian_entities_20250912.txt');
const BELARUS = exportControlFile('jp_meti_belarus_export_ban_entities.txt');
const THIRD = exportControlFile('jp_meti_russia_export_ban_third_country_entities_20250912.txt');

describe('parseJpMeti on a hand-made list', () => {
  const r = parseJpMeti(fixture('jp-meti-mini.txt'), { economies });

  it('tells the list by its heading and dates it by the last update', () => {
    expect(r.list).toMatchObject({
      id: 'jp-meti-third-country',
      jurisdiction: 'JP',
      date: '2025-09-12',
    });
    expect(r.issues).toEqual([]);
  });

  it('reads both layouts, full-width numbers and entries joined mid-line', () => {
    expect(r.parties.map((p) => [p.listEntityId, p.name, p.aliases, p.countries])).toEqual([
      ['1', 'Sample Trading LLC', ['Sample', 'Sample Group'], ['ARM']],
      ['2', 'Example Tech Co., Limited', ['Example Technology Co., Ltd'], ['CHN', 'HKG']],
      ['3', '140 Test Plant JSC', [], ['BLR']],
      ['4', 'Demo Electronics LTD', ['Demo Electronics Limited', 'Demo'], ['TUR']],
    ]);
    expect(r.parties[1]!.originalScriptNames).toEqual([
      'エグザンプル・テック有限会社',
      '示例科技有限公司',
    ]);
    expect(r.parties[3]!.originalScriptNames).toEqual([
      'デモ・エレクトロニクス・リミテッド',
      'デモ・エレクトロニクス',
      'デモ',
      '演示電子有限公司',
    ]);
  });
});

describe.skipIf(!hasSharedData)('parseJpMeti on the METI lists', () => {
  const russia = once(() => parseJpMeti(RUSSIA, { economies }));
  const belarus = once(() => parseJpMeti(BELARUS, { economies }));
  const third = once(() => parseJpMeti(THIRD, { economies }));

  it('reads every numbered entry of the three lists (561, 27, 56) without an issue', () => {
    expect(
      [russia(), belarus(), third()].map((r) => [
        r.list.id,
        r.counts.rowsRead,
        r.counts.parties,
        r.issues.length,
      ]),
    ).toEqual([
      ['jp-meti-russia', 561, 561, 0],
      ['jp-meti-belarus', 27, 27, 0],
      ['jp-meti-third-country', 56, 56, 0],
    ]);
    expect([russia().list.date, belarus().list.date, third().list.date]).toEqual([
      '2025-09-12',
      '2022-07-05',
      '2025-09-12',
    ]);
  });

  it('reads the FSB with its alias, Japanese name and country', () => {
    expect(russia().parties.find((p) => p.listEntityId === '6')).toMatchObject({
      id: 'jp-meti-russia:6',
      schema: 'Organization',
      name: 'Federal Security Service (FSB)',
      aliases: ['Federalnaya Sluzhba Bezopasnosti'],
      originalScriptNames: ['連邦保安庁'],
      countries: ['RUS'],
      addresses: [
        'Ulitsa Kuznetskiy Most, Dom 22, Moscow 107031, Russia',
        'Lubyanskaya Ploschad, Dom 2, Moscow 107031, Russia',
      ],
    });
  });

  it('cuts the ministry of defence entry at its description', () => {
    expect(belarus().parties[0]).toMatchObject({
      name: 'The Ministry of Defence of the Republic of Belarus',
      originalScriptNames: ['国防省'],
      countries: ['BLR'],
    });
    expect(belarus().parties[0]!.notes).toContain('including the Armed Forces of Belarus');
  });

  it('reads Hong Kong addresses as HKG and Chinese names in brackets', () => {
    const agu = third().parties.find((p) => p.listEntityId === '17')!;
    expect(agu.name).toBe('Agu Information Technology Co Limited');
    expect(agu.aliases).toEqual(['Makewell Industrial Trading Co., Limited']);
    expect(agu.originalScriptNames).toContain('啊咕信息技術有限公司');
    expect(agu.countries).toEqual(['HKG']);
  });

  it('keeps entries 2 and 3 (one company, two addresses) apart and says so', () => {
    expect(third().warnings.join('\n')).toContain('2 = 3');
  });

  it('gives every entry of the Russian list an English name, an original-script name and RUS', () => {
    expect(
      russia().parties.every(
        (p) => p.name && p.originalScriptNames.length > 0 && p.countries.includes('RUS'),
      ),
    ).toBe(true);
  });
});

describe.skipIf(!hasSharedData)('parseJpMeti on broken copies', () => {
  const tmp = scratchDir();
  afterAll(() => tmp.remove());

  it('reports an entry holding an invalid UTF-8 byte on its line and reads the others', () => {
    const file = copyWithBadByte(RUSSIA, tmp.path('bad-byte.txt'), 21, 'Federal Security');
    const r = parseJpMeti(file, { economies });
    expect(r.issues).toEqual([
      { file, line: 21, field: 'text', reason: 'invalid UTF-8 byte sequence in entry 6' },
    ]);
    expect(r.counts.parties).toBe(560);
  });

  it('reports a malformed last-update date with its line', () => {
    const file = copyWithLine(
      RUSSIA,
      tmp.path('bad-date.txt'),
      4,
      () => '最終更新日：2025 年13 月45 日',
    );
    const r = parseJpMeti(file, { economies });
    expect(r.issues).toEqual([
      {
        file,
        line: 4,
        field: '最終更新日',
        reason: 'is not a date (YYYY年M月D日)',
        value: '2025 年13 月45 日',
      },
    ]);
    expect(r.list.date).toBeNull();
  });

  it('reports an entry without its 所在地 line', () => {
    const file = copyWithLine(RUSSIA, tmp.path('no-address.txt'), 16, (l) =>
      l.replace('所在地：', ''),
    );
    const r = parseJpMeti(file, { economies });
    expect(r.issues).toMatchObject([{ file, line: 14, field: 'address' }]);
  });

  it('fails naming the file when it is no METI list or is missing', () => {
    const file = copyWithLine(BELARUS, tmp.path('no-heading.txt'), 1, () => 'some other notice');
    const lines = () => parseJpMeti(copyWithLine(file, file, 2, () => ''));
    expect(lines).toThrow(/names none of METI's export-ban lists/);
    expect(() => parseJpMeti(tmp.path('absent.txt'))).toThrow(DomainError);
    expect(() => parseJpMeti(tmp.path('absent.txt'))).toThrow(/absent\.txt: file not found/);
  });
});
