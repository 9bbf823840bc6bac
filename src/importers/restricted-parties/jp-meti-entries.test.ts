import { describe, expect, it } from 'vitest';
import {
  addressesOf,
  englishNames,
  englishStart,
  findEntries,
  japaneseNames,
  unwrap,
} from './jp-meti-entries.ts';

describe('findEntries', () => {
  it('finds consecutive numbers that open a Japanese name, also mid-line, not inside names', () => {
    const text =
      'heading 2022\n1 株式会社第140 修理工場\n140 Repair Plant JSC\n所在地：Minsk, Belarus.2 株式会社ペレング\nPeleng JSC\n所在地：25 Makaenka str., Minsk\n3 No Japanese here\n';
    const entries = findEntries(text);
    expect(entries.map((e) => e.number)).toEqual([1, 2]);
    expect(entries[0]!.text).toContain('140 Repair Plant JSC');
    expect(entries[1]!.text.startsWith('株式会社ペレング')).toBe(true);
  });
});

describe('englishStart', () => {
  it.each([
    ['有限会社タコ\nTako LLC, a.k.a.', 'Tako LLC'],
    ['アイ・ジェット・グローバル DMCC(別称、アイジェット)\nI JET GLOBAL DMCC', 'I JET GLOBAL DMCC'],
    ['株式会社ロケット・宇宙センター「プログレス」JSC Rocket and Space Centre', 'JSC Rocket'],
    ['Si2マイクロシステムズ有限会社\nSi2 Microsystems', 'Si2 Microsystems'],
    [
      'レベジェフ名称MCST(別称、SPARCテクノロジー及び\n非公開株式会社エルブルス MCST)MCST Lebedev, a.k.a.',
      'MCST Lebedev',
    ],
    ['エーフォックス・コーポレーション\nAfox Corporation(元富科技集團股份有限公司)', 'Afox'],
    ['(有限会社)マイクロエレクトロニクス\n(OOO) Microelectronic Production Complex', '(OOO) Micro'],
  ])('%j starts English at %j', (block, start) => {
    const at = englishStart(block);
    expect(block.slice(at).startsWith(start)).toBe(true);
  });

  it('is -1 for a block without English', () => {
    expect(englishStart('株式会社ペレング')).toBe(-1);
  });
});

describe('japaneseNames', () => {
  it('reads the name, its 別称 aliases and native-script names in brackets', () => {
    expect(
      japaneseNames(
        'チャングアン・サテライト有限会社(长光卫星技术股份有限\n公司(长光卫星))(別称、チャーミング・グローブ、CGST及び\nチャングアン有限会社)',
      ),
    ).toEqual([
      'チャングアン・サテライト有限会社',
      '长光卫星技术股份有限公司',
      '长光卫星',
      'チャーミング・グローブ',
      'CGST',
      'チャングアン有限会社',
    ]);
  });

  it('keeps brackets inside a name and drops descriptions', () => {
    expect(japaneseNames('(有限会社)マイクロ(MPK)ミランドル')).toEqual([
      '(有限会社)マイクロ(MPK)ミランドル',
    ]);
    expect(japaneseNames('国防省(連邦軍及び全ての運用部隊を含む)。これには、…')).toEqual([
      '国防省',
    ]);
  });
});

describe('englishNames', () => {
  it('reads the primary name and dash-led aliases, whatever the dashes and separators', () => {
    expect(
      englishNames(
        'Grants Promotion Service Limited, a.k.a., the following three\naliases:\n—Catalano Limited;\n—GPSL; and-Zhenao Co. Ltd.\n',
      ),
    ).toMatchObject({
      name: 'Grants Promotion Service Limited',
      aliases: ['Catalano Limited', 'GPSL', 'Zhenao Co. Ltd'],
      announced: 3,
    });
  });

  it('joins a word wrapped at a hyphen and splits items with a missing separator', () => {
    const r = englishNames(
      'Institute X, a.k.a., the following three aliases:\n-ISSP;\n-AO KHRTZ\n-Federal State Budgetary Institution of Science Institute of Solid\n-State Physics.\n',
    );
    expect(r.aliases).toEqual([
      'ISSP',
      'AO KHRTZ',
      'Federal State Budgetary Institution of Science Institute of Solid-State Physics',
    ]);
  });

  it('reads the misspelt introductions (no a.k.a., "thefollowing", "twoaliases")', () => {
    expect(
      englishNames(
        'Most Development Limited, the following two aliases:\n—Most Development; and\n—Most Development Ltd.',
      ).aliases,
    ).toEqual(['Most Development', 'Most Development Ltd']);
    expect(
      englishNames('M Star Ltd, a.k.a., thefollowing twoaliases:\n—M-Star; and\n—M Star Co.')
        .announced,
    ).toBe(2);
  });

  it('cuts a description at ", including"', () => {
    expect(
      englishNames(
        'Ministry of Defence of the Russian Federation, including the Armed Forces of Russia\nand all operating units wherever located.',
      ),
    ).toMatchObject({ name: 'Ministry of Defence of the Russian Federation', aliases: [] });
  });

  it('reads the 2025 layout: native names in brackets, 別称 with Japanese then English aliases', () => {
    expect(
      englishNames(
        'Demo Electronics LTD(演示電子有限公司、演示科技)\n別称:デモ・エレクトロニクス; デモ\nDemo Electronics Limited; Demo\n',
      ),
    ).toMatchObject({
      name: 'Demo Electronics LTD',
      nativeNames: ['演示電子有限公司', '演示科技'],
      aliases: ['デモ・エレクトロニクス', 'デモ', 'Demo Electronics Limited', 'Demo'],
    });
  });
});

describe('addressesOf and unwrap', () => {
  it('splits addresses at "; and" and undoes line wraps', () => {
    expect(
      addressesOf(
        'Office 8E, 21-\n27 Wing Kut Street, Hong Kong, China; and\n5 High-\ntech Road, Shenzhen, China.',
      ),
    ).toEqual([
      'Office 8E, 21-27 Wing Kut Street, Hong Kong, China',
      '5 High-tech Road, Shenzhen, China',
    ]);
  });

  it('joins Japanese lines without a space', () => {
    expect(unwrap('アイジェット\n・アビエーション')).toBe('アイジェット・アビエーション');
  });
});
