import { describe, expect, it } from 'vitest';
import { entityListAddresses, parseEntityListEntry } from './bis-entity-list-entry.ts';

describe('parseEntityListEntry', () => {
  it('reads name, aliases and addresses', () => {
    expect(
      parseEntityListEntry(
        'Beijing Academy of Quantum Information Sciences, a.k.a., the following three aliases: —BAQIS; —Beijing Institute of Quantum Information Science; and —Beijing Quantum Institute. Building 3, West District, No. 10 Northwest Wangdong Road, Haidian District, Beijing, China; and Building A, Zhongguancun Software Park Phase II, Haidian District, Beijing, China.',
        'Beijing Academy of Quantum Information Sciences',
      ),
    ).toEqual({
      name: 'Beijing Academy of Quantum Information Sciences',
      aliases: [
        'BAQIS',
        'Beijing Institute of Quantum Information Science',
        'Beijing Quantum Institute',
      ],
      addresses: [
        'Building 3, West District, No. 10 Northwest Wangdong Road, Haidian District, Beijing, China',
        'Building A, Zhongguancun Software Park Phase II, Haidian District, Beijing, China',
      ],
      announced: 3,
      guessed: false,
    });
  });

  it('does not end an alias at "No." or "Ltd."', () => {
    const e = parseEntityListEntry(
      'X Academy, a.k.a., the following two aliases: —BICE; and —Beijing Hangxing Corporation., Ltd. No. 11 Hepingli East Street, Beijing 100013',
      'X Academy',
    );
    expect(e.aliases).toEqual(['BICE', 'Beijing Hangxing Corporation., Ltd.']);
    expect(e.addresses).toEqual(['No. 11 Hepingli East Street, Beijing 100013']);
    expect(e.guessed).toBe(true);
  });

  it('guesses where the address starts when no period ends the last alias', () => {
    const e = parseEntityListEntry(
      'Y Academy, a.k.a., the following two aliases: —702nd Institute; and —Beijing Institute of Structure (BISE) No. 30 Wanyuan Road, Beijing',
      'Y Academy',
    );
    expect(e).toMatchObject({
      aliases: ['702nd Institute', 'Beijing Institute of Structure (BISE)'],
      addresses: ['No. 30 Wanyuan Road, Beijing'],
      guessed: true,
    });
  });

  it('reads subordinate institutions as aliases and a name without aliases', () => {
    const e = parseEntityListEntry(
      'Z Academy, a.k.a., the following one alias, and one subordinate institution: —Z Mechanics Academy. Subordinate institution Second Design Department, a.k.a., the following one alias: —Beijing Institute of Electronics Systems Engineering.',
      'Z Academy',
    );
    expect(e.aliases).toEqual([
      'Z Mechanics Academy',
      'Second Design Department',
      'Beijing Institute of Electronics Systems Engineering',
    ]);
    expect(
      parseEntityListEntry(
        'Xinjiang Police College, Xinshi District, Urumqi, Xinjiang, China.',
        'Xinjiang Police College',
      ),
    ).toMatchObject({
      name: 'Xinjiang Police College',
      aliases: [],
      addresses: ['Xinshi District, Urumqi, Xinjiang, China'],
    });
  });

  it('drops cross-references and stray "and"s from addresses', () => {
    expect(
      entityListAddresses(
        '11 Shuangyuan Road, Beijing, China. (See alternative address under United Kingdom.)',
      ),
    ).toEqual(['11 Shuangyuan Road, Beijing, China']);
    expect(
      entityListAddresses(
        '6 Huayuan Road, Beijing, China; and; 1 Fenghao East Road, Beijing, China.',
      ),
    ).toEqual(['6 Huayuan Road, Beijing, China', '1 Fenghao East Road, Beijing, China']);
  });
});
