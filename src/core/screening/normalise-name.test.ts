import { describe, expect, it } from 'vitest';
import { normaliseName } from './normalise-name.ts';

const tokens = (name: string): string => normaliseName(name).tokens.join(' ');
const normalised = (name: string): string => normaliseName(name).normalised;

describe('normaliseName', () => {
  it.each([
    // Case and diacritics
    ['folds case and diacritics', 'Société Générale', 'societe generale'],
    ['folds Turkish dotted and dotless i', 'AHMET ÇİÇEK', 'ahmet cicek'],
    ['folds Lithuanian ė', 'Dalia Grybauskeitė', 'dalia grybauskeite'],
    ['folds Azerbaijani ə and ğ', 'ƏHMƏD OĞLU', 'ehmed oglu'],
    ['reads ß as ss', 'Straße', 'strasse'],
    // Scripts
    ['transliterates Cyrillic', 'Владимир Путин', 'vladimir putin'],
    ['transliterates Ukrainian Cyrillic', 'Володимир Зеленський', 'volodimir zelenskiy'],
    ['drops the Cyrillic soft sign', 'Общество с ограниченной ответственностью Альянс', 'alyans'],
    ['transliterates Greek', 'Κυριάκος Μητσοτάκης', 'kyriakos mitsotakis'],
    ['transliterates Arabic (without the unwritten vowels)', 'فرناندو بيريز', 'frnndw byryz'],
    ['transliterates Hebrew', 'בנימין נתניהו', 'vnymyn ntnyhv'],
    ['gives a Chinese personal name family name and given name', '习近平', 'xi jinping'],
    ['keeps one token per syllable in longer Chinese names', '华为技术', 'hua wei ji shu'],
    ['gives a three-syllable Korean name family name and given name', '김정은', 'gim jeongeun'],
    ['keeps other Hangul words whole', '블라디미르 푸틴', 'beulladimileu putin'],
    ['transliterates Japanese kana', 'ウラジーミル・プーチン', 'urajimiru puchin'],
    ['transliterates Armenian', 'Բարակ Օբամա', 'barak obama'],
    // Legal forms
    ['removes a leading legal form', 'OOO Gazprom Neft', 'gazprom neft'],
    ['removes a trailing legal form', 'Gazprom Neft LLC', 'gazprom neft'],
    ['removes a spelt-out legal form', 'Open Joint Stock Company Gazprom', 'gazprom'],
    ['removes a dotted legal form', 'Bowne Global Solutions, L.L.C.', 'bowne global solutions'],
    ['removes Sp. z o.o.', 'FABERLIC EUROPE Sp. z o.o.', 'faberlic europe'],
    ['removes Co., Ltd.', 'SAMSUNG ELECTRONICS CO., LTD.', 'samsung electronics'],
    ['removes GmbH spelt out', 'Volkswagen Gesellschaft mit beschränkter Haftung', 'volkswagen'],
    ['removes AG spelt out', 'Siemens Aktiengesellschaft', 'siemens'],
    ['removes S.A. de C.V.', 'Banco Santander México S.A. de C.V.', 'banco santander mexico'],
    ['removes a Russian legal form in Cyrillic', 'ООО "АЯС 2000"', 'ayas 2000'],
    ['removes 有限公司 before transliteration', '北京华为技术有限公司', 'bei jing hua wei ji shu'],
    // Titles and fillers
    ['removes a leading title', 'Mr. Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ['removes a title after the comma', 'NOORZAI, Mullah Ahmed Shah', 'noorzai ahmed shah'],
    ['keeps a title word inside a name', 'ELSHAFEE EL SHEIKH', 'elshafee al sheikh'],
    ['removes the and and', 'The Procter and Gamble Company', 'procter gamble'],
    ['reads & as and', 'AT&T Inc.', 'at t'],
    // Punctuation, numbers, abbreviations, particles
    ['joins dotted initialisms', 'J.P. Morgan & Co.', 'jp morgan'],
    ['splits on hyphens', 'Jean-Marie Le Pen', 'jean marie le pen'],
    ['drops apostrophes', "Al Qa'ida", 'al qaida'],
    ['reads number words as digits', 'Brigade Forty-Four', 'brigade 44'],
    ['reads ordinals as digits', '1st International Bank', '1 international bank'],
    ['reads a digit between letters as a letter', 'Ig0r Sech1n', 'igor sechin'],
    ['expands abbreviations', "First Bank Int'l", '1 bank international'],
    ['expands U.S.', 'U.S. Department of State', 'united states department state'],
    ['splits Abdul into abd al', 'Abdul Aziz', 'abd al aziz'],
    ['reads el as al and ibn as bin', 'Usama ibn Laden el Masri', 'usama bin laden al masri'],
  ])('%s: %s → %s', (_, name, expected) => {
    expect(tokens(name)).toBe(expected);
  });

  it('ignores token order: "SALEK, ABDULHAI" is "Abdulhai Salek"', () => {
    expect(normalised('SALEK, ABDULHAI')).toBe(normalised('Abdulhai Salek'));
    expect(normalised('SALEK, ABDULHAI')).toBe('abdulhai salek');
  });

  it('makes "OOO Gazprom Neft" and "Gazprom Neft LLC" the same name', () => {
    expect(normalised('OOO Gazprom Neft')).toBe(normalised('Gazprom Neft LLC'));
    expect(normaliseName('OOO Gazprom Neft').legalForms).toEqual(['OOO']);
    expect(normaliseName('Gazprom Neft LLC').legalForms).toEqual(['LLC']);
  });

  it('keeps initials as tokens', () => {
    expect(tokens('J. Smith')).toBe('j smith');
    expect(tokens('J.-C. Juncker')).toBe('j c juncker');
    expect(tokens('Путин В. В.')).toBe('putin v v');
  });

  it('marks tokens transliterated from an abjad as unvocalised', () => {
    expect(normaliseName('فرناندو بيريز').unvocalised).toEqual([true, true]);
    expect(normaliseName('Fernando Perez').unvocalised).toEqual([false, false]);
  });

  it('keeps the syllables of Han and Hangul tokens', () => {
    expect(normaliseName('习近平').syllables).toEqual([['xi'], ['jin', 'ping']]);
    expect(normaliseName('Xi Jinping').syllables).toEqual([null, null]);
  });

  it('names the scripts a name was written in', () => {
    expect(normaliseName('Barack Obama').scripts).toEqual([]);
    expect(normaliseName('Владимир Путин').scripts).toEqual(['cyrillic']);
    expect(normaliseName('贝拉克·奥巴马 Barack').scripts).toEqual(['han']);
    expect(normaliseName('ሰላም').scripts).toEqual(['other']);
  });

  it('records the titles and fillers it removed', () => {
    const n = normaliseName('The President Putin');
    expect(n.tokens).toEqual(['putin']);
    expect(n.removed).toEqual(['the', 'president']);
  });

  it('keeps a name that is nothing but removable words', () => {
    expect(normaliseName('GmbH')).toMatchObject({ tokens: ['gmbh'], onlyRemovableWords: true });
    expect(normaliseName('The Company')).toMatchObject({
      tokens: ['company'],
      removed: ['the'],
      onlyRemovableWords: true,
    });
    expect(normaliseName('Sp. z o.o.').tokens).toEqual(['sp', 'z', 'oo']);
  });

  it('gives no token for a name without letters or digits', () => {
    expect(normaliseName('').tokens).toEqual([]);
    expect(normaliseName(' -- / ').tokens).toEqual([]);
    expect(normaliseName('').normalised).toBe('');
  });

  it('keeps the original', () => {
    expect(normaliseName('  Владимир  ').original).toBe('  Владимир  ');
  });
});
