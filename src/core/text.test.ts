import { describe, expect, it } from 'vitest';
import { asciiWords } from './text.ts';

describe('asciiWords', () => {
  it('lower-cases and folds accents, splitting at anything but an ASCII letter or digit', () => {
    expect(asciiWords('Réseau ÉLECTRIQUE')).toEqual(['reseau', 'electrique']);
    expect(asciiWords('ISO/IEC JTC 1/SC 42')).toEqual(['iso', 'iec', 'jtc', '1', 'sc', '42']);
    expect(asciiWords('ﬁne ² İstanbul')).toEqual(['fine', '2', 'istanbul']);
    expect(asciiWords('R&D')).toEqual(['r', 'd']);
    expect(asciiWords(' & — ')).toEqual([]);
    expect(asciiWords('Straße Øresund')).toEqual(['stra', 'e', 'resund']);
  });
});
