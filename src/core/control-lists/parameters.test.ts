// Reading the numbers of control-list paragraphs: phrasings copied from the Wassenaar list
// (WA-LIST (25) 1 Corr.) and the US Commerce Control List (eCFR), with the values they set worked
// out by hand in the canonical units of parameters.ts.
import { describe, expect, it } from 'vitest';
import type { Comparator, ControlParameter } from './control-list.ts';
import {
  compareParameters,
  extractParameters,
  sameParameter,
  toEnglishNumbers,
} from './parameters.ts';

type Expected = [quantity: string, comparator: Comparator, value: number, unit: string];

const read = (text: string): Expected[] =>
  extractParameters(text).map((p) => [p.quantity, p.comparator, p.value, p.unit]);

/** Compares values to 9 significant digits (unit conversions are floating point). */
function expectParameters(text: string, expected: Expected[]): void {
  const got = read(text);
  expect(got.map(([q, c, , unit]) => [q, c, unit])).toEqual(
    expected.map(([q, c, , unit]) => [q, c, unit]),
  );
  got.forEach(([, , value], i) => {
    const want = expected[i]![2];
    expect(Math.abs(value - want)).toBeLessThanOrEqual(Math.abs(want) * 1e-9);
  });
}

describe('extractParameters on real phrasings', () => {
  const cases: [string, Expected[]][] = [
    // WA 3.B.1.f.1.a / US 3B001.f.1.a
    [
      'A light source wavelength shorter than 193 nm; or',
      [['light source wavelength', '<', 193e-9, 'm']],
    ],
    // WA 3.B.1.f.1.b
    [
      "Capable of producing a pattern with a 'Minimum Resolvable Feature size' (MRF) of 45 nm or less;",
      [['minimum resolvable feature size', '<=', 45e-9, 'm']],
    ],
    // US 3B001.f.1.b
    [
      'A light source wavelength equal to or longer than 193 nm and having all of the following:',
      [['light source wavelength', '>=', 193e-9, 'm']],
    ],
    // WA 3.B.1.b.2
    [
      'Being designed and optimized to operate at a beam energy of 20 keV or more and a beam current of 10 mA or more for hydrogen, deuterium or helium implant;',
      [
        ['beam energy', '>=', 20_000, 'eV'],
        ['beam current', '>=', 0.01, 'A'],
      ],
    ],
    // WA 3.B.1.b.5: a temperature in °C is held in kelvin
    [
      'for silicon implant into a semiconductor material "substrate" heated to 600°C or greater;',
      [['semiconductor material substrate heated', '>=', 873.15, 'K']],
    ],
    // WA 3.B.1.a.1
    [
      'Equipment designed or modified to produce a layer of any material other than silicon with a thickness uniform to less than ± 2.5% across a distance of 75 mm or more;',
      [
        ['thickness uniform', '<', 2.5, '%'],
        ['distance', '>=', 0.075, 'm'],
      ],
    ],
    // WA 3.B.1.f.3.b.1: the "(mean + 3 sigma)" is not a number the paragraph sets
    [
      'A Full-Width Half-Maximum (FWHM) spot size smaller than 65 nm and an image placement less than 17 nm (mean + 3 sigma); or',
      [
        ['full-width half-maximum spot size', '<', 65e-9, 'm'],
        ['image placement', '<', 17e-9, 'm'],
      ],
    ],
    // WA 3.B.1.f.4.b.1
    [
      'A minimum beam size equal to or smaller than 15 nm; or',
      [['minimum beam size', '<=', 15e-9, 'm']],
    ],
    // WA 3.B.1.f.3.b.3
    [
      'A second-layer overlay error of less than 23 nm (mean + 3 sigma) on the mask;',
      [['second-layer overlay error', '<', 23e-9, 'm']],
    ],
    // US 1C010.c.2: the °C restatement in parentheses is not read twice
    [
      'Melting, softening, decomposition or sublimation point exceeding 1,922 K (1,649 °C) in an inert environment;',
      [['sublimation point', '>', 1922, 'K']],
    ],
    // US 3A001.b.3.b.1: "up to and including" closes the frequency band the "exceeding" opens
    [
      'A peak saturated power output greater than 50 W (47 dBm) at any frequency exceeding 6.8 GHz up to and including 8.5 GHz;',
      [
        ['peak saturated power output', '>', 50, 'W'],
        ['frequency', '>', 6.8e9, 'Hz'],
        ['frequency', '<=', 8.5e9, 'Hz'],
      ],
    ],
    // US 3A090.b.1: unitless total processing performance and performance density
    [
      "A 'total processing performance' of 2400 or more and less than 4800 and a 'performance density' of 1.6 or more and less than 5.92, or",
      [
        ['processing performance', '>=', 2400, ''],
        ['processing performance', '<', 4800, ''],
        ['performance density', '>=', 1.6, ''],
        ['performance density', '<', 5.92, ''],
      ],
    ],
    // US 4A003.b
    [
      '“Digital computers” having an “Adjusted Peak Performance” (“APP”) exceeding 70 Weighted TeraFLOPS (WT);',
      [['adjusted peak performance', '>', 70, 'WT']],
    ],
    // US 3B001.d.4.c.2: mPa and Pa bound the same pressure; °C as kelvin
    [
      'having a process pressure greater than 133.3 mPa and less than 13.33 Pa, while maintaining the wafer substrate at a temperature below 500 °C; and',
      [
        ['process pressure', '>', 0.1333, 'Pa'],
        ['process pressure', '<', 13.33, 'Pa'],
        ['temperature', '<', 773.15, 'K'],
      ],
    ],
    // US 3B001.d.18.b: Torr converted, the kPa restatement skipped
    [
      'A process chamber (module) using a reducing agent containing hydrogen (H) at a pressure greater than or equal to 30 Torr (4 kPa).',
      [['pressure', '>=', 30 * 133.322368, 'Pa']],
    ],
    // US 3B001.d.14.b: ratios
    [
      'In features with an aspect ratio greater than 5:1 with lateral openings of less than 35 nm; and',
      [
        ['aspect ratio', '>', 5, 'ratio'],
        ['lateral openings', '<', 35e-9, 'm'],
      ],
    ],
    // US 3B001.c.1.c.2: a unit spelled out
    [
      'One or more fast gas switching valve(s) with switching time less than 300 milliseconds; and',
      [['switching time', '<', 0.3, 's']],
    ],
    // US 3B991.b.2.f.1
    [
      'Production of a pattern size of less than 2.5 micrometer;',
      [['production of a pattern size', '<', 2.5e-6, 'm']],
    ],
    // US 3A002.h.1.b: a resolution band in bits, a sample rate in GSPS
    [
      'A resolution of 10 bit or more, but less than 12 bit, with a “sample rate” greater than 1.0 GSPS;',
      [
        ['resolution', '>=', 10, 'bit'],
        ['resolution', '<', 12, 'bit'],
        ['sample rate', '>', 1e9, 'sample/s'],
      ],
    ],
    // US 3A001.a.5.a.1: the sample rate spelled out
    [
      'with a “sample rate” greater than 1.3 Giga Samples Per Second (GSPS);',
      [['sample rate', '>', 1.3e9, 'sample/s']],
    ],
    // US 5A991.c.7: data rate
    [
      'Containing “stored program controlled” digital cross connect equipment with “digital transfer rate” exceeding 8.5 Mbit/s per port.',
      [['digital transfer rate', '>', 8.5e6, 'bit/s/port']],
    ],
    // US 3A001.b.3.e: a tiny power
    [
      'Rated for operation with a peak saturated power output greater than 0.1 nW (−70 dBm) at any frequency exceeding 43.5 GHz; or',
      [
        ['peak saturated power output', '>', 1e-10, 'W'],
        ['frequency', '>', 43.5e9, 'Hz'],
      ],
    ],
    // US 1A008.c: degrees to radians, inches to metres; the kg bound names its own quantity
    [
      'a uniform shaped conical liner with an included angle of 90 degrees or less, more than 2.0 kg of controlled materials, and a diameter exceeding 4.5 inches;',
      [
        ['included angle', '<=', Math.PI / 2, 'rad'],
        ['', '>', 2, 'kg'],
        ['diameter', '>', 4.5 * 0.0254, 'm'],
      ],
    ],
    // US 1C996.b: a comparator after the restatement
    ['A pour point at 239 K (−-34 °C) or less;', [['pour point', '<=', 239, 'K']]],
    // US 1C999.e: a specification in weight percent
    [
      'Nitric acid in concentrations of 20 weight percent or greater;',
      [['concentrations', '>=', 20, '%']],
    ],
    // WA 1.C.3.c.1: "a minimum of"
    [
      'A composition having a minimum of 75% by weight of iron, cobalt or nickel;',
      [['composition', '>=', 75, '%']],
    ],
    // US 1C228.b: parts per million
    ['Containing less than 10 parts per million by weight of boron.', [['', '<', 10, 'ppm']]],
    // US 3A991.l.3
    ['A discharge time of less than 1 ms;', [['discharge time', '<', 1e-3, 's']]],
    // US 5A002.d
    [
      'Cordless telephone equipment with an effective range of unboosted cordless operation less than 400 meters.',
      [['effective range of unboosted cordless operation', '<', 400, 'm']],
    ],
    // WA 3.B.1.f.1.b Technical Note: a specification by "="
    ['where the K factor = 0.35.', [['k factor', '=', 0.35, '']]],
    // US 3A001.b.12: a compound unit is kept as printed
    ['An energy density equal to or more than 50 J/kg;', [['energy density', '>=', 50, 'J/kg']]],
    // US 3A001.b.9: a unit with a flattened superscript
    [
      'Rated for a magnetic induction of more than 8T or “overall current density” in the winding of more than 300 A/mm 2 ;',
      [
        ['magnetic induction', '>', 8, 'T'],
        ['winding', '>', 300, 'A/mm2'],
      ],
    ],
    // WA 6.A.5: "equal to or exceeding"
    [
      'Average or CW total output power equal to or exceeding 3 kW but less than or equal to 5 kW',
      [
        ['cw total output power', '>=', 3000, 'W'],
        ['cw total output power', '<=', 5000, 'W'],
      ],
    ],
    // WA 7.A.1: an acceleration in g is standard gravity, not grams
    [
      'Designed for use in inertial navigation or guidance systems and specified to function at linear acceleration levels exceeding 100 g;',
      [['linear acceleration levels', '>', 100 * 9.80665, 'm/s2']],
    ],
  ];
  it.each(cases)('reads %s', (text, expected) => {
    expectParameters(text, expected);
  });

  it('keeps the printed span of each bound', () => {
    const [p] = extractParameters('A light source wavelength shorter than 193 nm; or');
    expect(p!.text).toBe('shorter than 193 nm');
    const [q] = extractParameters('of 45 nm or less;');
    expect(q!.text).toBe('45 nm or less');
  });

  it('returns no more than what the text bounds in a long US paragraph', () => {
    const text =
      'Deposition of a cobalt (Co) or ruthenium (Ru) layer using an organometallic compound and having a process pressure greater than 133.3 Pa and less than 13.33 kPa, while maintaining the wafer substrate at a temperature greater than 20 °C and less than 500 °C; and';
    expectParameters(text, [
      ['process pressure', '>', 133.3, 'Pa'],
      ['process pressure', '<', 13_330, 'Pa'],
      ['temperature', '>', 293.15, 'K'],
      ['temperature', '<', 773.15, 'K'],
    ]);
  });
});

describe('extractParameters on ranges', () => {
  it('reads "greater than 5 nm and less than 124 nm" as two bounds of one quantity', () => {
    expectParameters(
      "For the purposes of 3.B.1.j., 'Extreme Ultraviolet' ('EUV') refers to electromagnetic spectrum wavelengths greater than 5 nm and less than 124 nm.",
      [
        ['electromagnetic spectrum wavelengths', '>', 5e-9, 'm'],
        ['electromagnetic spectrum wavelengths', '<', 124e-9, 'm'],
      ],
    );
  });

  it('reads "from A to B" and "between A and B" as inclusive bounds in the unit printed last', () => {
    expectParameters('wavelengths from 5 to 124 nm', [
      ['wavelengths', '>=', 5e-9, 'm'],
      ['wavelengths', '<=', 124e-9, 'm'],
    ]);
    expectParameters('at a frequency between 1 and 2 GHz', [
      ['frequency', '>=', 1e9, 'Hz'],
      ['frequency', '<=', 2e9, 'Hz'],
    ]);
    // US 1B201.a.3
    expectParameters('An internal diameter between 75 mm and 650 mm;', [
      ['internal diameter', '>=', 0.075, 'm'],
      ['internal diameter', '<=', 0.65, 'm'],
    ]);
  });

  it('reads a bare "A to B unit" range with the unit converted for both ends (US 1B230.c.1)', () => {
    expectParameters(
      'For concentrated potassium amide solutions (1% or greater), an operating pressure of 1.5 to 60 MPa (15-600 atmospheres); or',
      [
        ['', '>=', 1, '%'],
        ['operating pressure', '>=', 1.5e6, 'Pa'],
        ['operating pressure', '<=', 60e6, 'Pa'],
      ],
    );
  });

  it('reads a range across a restatement and open bounds on both sides (US 3A001.a.2.c, 4A101.a)', () => {
    expectParameters(
      'Rated for operation over the entire ambient temperature range from 218 K (−55 °C) to 398 K (+125 °C);',
      [
        ['ambient temperature range', '>=', 218, 'K'],
        ['ambient temperature range', '<=', 398, 'K'],
      ],
    );
    expectParameters(
      'Rated for continuous operation at temperatures from below 228 K (−45 °C) to above 328 K (+55 °C); or',
      [
        ['temperatures', '<', 228, 'K'],
        ['temperatures', '>', 328, 'K'],
      ],
    );
  });

  it('reads the open lower bound and the count bound of US 4A906.a.3', () => {
    expectParameters(
      "Quantum computers supporting 200 or more, but fewer than 350, 'fully controlled', 'connected' and 'working' 'physical qubits', and having a 'C-NOT error' of less than or equal to 2 × 10 −3 ;",
      [
        ['quantum computers', '>=', 200, ''],
        ['quantum computers', '<', 350, ''],
        ['c-not error', '<=', 2e-3, ''],
      ],
    );
  });
});

describe('extractParameters on powers of ten', () => {
  it('reads the eCFR spacing of superscripts: "2.5 × 10 5 Pa", "17.7 x 10 4 m"', () => {
    expectParameters('Capable of operation at pressures above 2.5 × 10 5 Pa; or', [
      ['pressures', '>', 2.5e5, 'Pa'],
    ]);
    expectParameters('A “specific tensile strength” exceeding 17.7 x 10 4 m; or', [
      ['specific tensile strength', '>', 1.77e5, 'm'],
    ]);
  });

  it('reads the WA text, where superscripts are glued on: "10.15 x 106 m", "3 x 1012 Hz"', () => {
    expectParameters('A "specific modulus" exceeding 10.15 x 106 m; and', [
      ['specific modulus', '>', 10.15e6, 'm'],
    ]);
    expectParameters(
      'Materials for absorbing frequencies exceeding 2 x 108 Hz but less than 3 x 1012 Hz;',
      [
        ['absorbing frequencies', '>', 2e8, 'Hz'],
        ['absorbing frequencies', '<', 3e12, 'Hz'],
      ],
    );
    expectParameters('A saturation magnetostriction of more than 5 x 10-4; or', [
      ['saturation magnetostriction', '>', 5e-4, ''],
    ]);
    expectParameters('dissipation per gate (in watts) of less than 10-14 J; or', [
      ['gate', '<', 1e-14, 'J'],
    ]);
  });

  it('reads "10^26" and a bare spaced power after a comparator', () => {
    expectParameters('a training compute of more than 10^26 operations', [
      ['training compute', '>', 1e26, 'operation'],
    ]);
    expectParameters('fluorine concentration less than 10 19 atoms/cm 3', [
      ['fluorine concentration', '<', 1e19, 'atoms/cm3'],
    ]);
  });

  it('reads thousands separators and multipliers', () => {
    expectParameters('An off-state peak voltage equal to or greater than 3,000 V; and', [
      ['off-state peak voltage', '>=', 3000, 'V'],
    ]);
    expectParameters(
      "the 'aggregated approximated transistor count' of the final packaged IC is below 30 billion transistors",
      [['count of the final packaged ic', '<', 30e9, 'transistors']],
    );
  });
});

describe('extractParameters normalises units', () => {
  const one = (text: string): ControlParameter => {
    const ps = extractParameters(text);
    expect(ps).toHaveLength(1);
    return ps[0]!;
  };

  it('gives 193 nm and 0.193 µm (and 0.193 micrometre) the same value', () => {
    const nm = one('wavelength shorter than 193 nm');
    const um = one('wavelength shorter than 0.193 µm');
    const word = one('wavelength shorter than 0.193 micrometre');
    expect(um.value).toBe(nm.value);
    expect(word.value).toBe(nm.value);
    expect(um.unit).toBe('m');
    expect(sameParameter(nm, um)).toBe(true);
    expect(compareParameters([nm], [um])).toEqual([]);
  });

  it('converts across prefixes for frequency, power, time, pressure, mass and data rate', () => {
    expect(one('a frequency exceeding 1500 MHz').value).toBe(
      one('a frequency exceeding 1.5 GHz').value,
    );
    expect(one('an output power exceeding 2000 mW').value).toBe(2);
    expect(one('a pulse width of less than 500 ps').value).toBeCloseTo(5e-10, 20);
    expect(one('a pressure above 1 bar').value).toBe(1e5);
    expect(one('a mass of less than 500 g').value).toBe(0.5);
    expect(one('a rate exceeding 10 Gbit/s').value).toBe(1e10);
    expect(one('a rate exceeding 10 Gbps').value).toBe(1e10);
  });

  it('keeps particle energies in eV, converts the known head of a compound unit, keeps an unknown one', () => {
    expect(one('An accelerator peak electron energy of 25 MeV or greater')).toMatchObject({
      value: 25e6,
      unit: 'eV',
    });
    expect(one('A silicon etch rate greater than 7 microns per minute')).toMatchObject({
      value: 7e-6,
      unit: 'm/minute',
    });
    expect(one('fluorine concentration less than 10 19 atoms/cm 3')).toMatchObject({
      value: 1e19,
      unit: 'atoms/cm3',
    });
  });
});

describe('extractParameters does not read', () => {
  it.each([
    ['Not used since 2015'],
    ['Compliant with SEMI Standard P37.'],
    ['Note 3.B.1.a.1. includes Atomic Layer Epitaxy (ALE) equipment.'],
    ['Masks and reticles, designed for integrated circuits specified in 3.A.1.;'],
    ['See Category 5 Part 2 and Note 2 to 3A090; part 774, § 740.17(b)(2) of the EAR.'],
    ['(C.A.S. #762-04-9) Diethyl phosphite;'],
    ['ADHTDN (4 amino 3,5 dihydrazino 1,2,4 triazole dinitramide) (CAS 1614 08 0);'],
    ['Prior to December 31, 2026, authorized integrated circuit designers include all designers'],
    [
      'Commodities classified as mass market encryption commodities in accordance with § 740.17(b) of the EAR.',
    ],
    ['See 22 CFR parts 120 through 130.'],
    ['Ralstonia solanacearum, race 3, biovar 2;'],
    ['To or within Macau or a destination specified in Country Group D:5 of supplement no. 1'],
    ['Pyrotechnic materials specified in ML8.c. and ML22.a.'],
    ['the theoretical peak number of Tera (10 12 ) operations per second'],
    ['Surface treatment plasma process using hydrogen (H 2 ) or ozone (O 3 )'],
    ['Having two or more of the following elements: aluminium, gallium, indium'],
    ['A text without numbers'],
    [''],
  ])('%s', (text) => {
    expect(extractParameters(text)).toEqual([]);
  });

  it('skips cross-references inside a paragraph that also sets a number', () => {
    const ps = extractParameters(
      "Interfaces to which more than 2 'semiconductor process tools' specified in 3.B.1.a.1., 3.B.1.a.2. or 3B001.b are connected, at a rate exceeding 5 Gbit/s",
    );
    expect(ps.map((p) => p.value)).toEqual([2, 5e9]);
  });

  it('never throws on odd input', () => {
    for (const text of [
      '±',
      '10-',
      '1e400 nm',
      'less than',
      '5 x 10',
      '(((1',
      null,
      undefined,
      42,
    ]) {
      expect(() => extractParameters(text as string)).not.toThrow();
    }
  });
});

describe('compareParameters', () => {
  const p = (
    quantity: string,
    comparator: Comparator,
    value: number,
    unit: string,
  ): ControlParameter => ({ quantity, comparator, value, unit, text: '' });

  it('finds the different threshold of the same paragraph in two lists', () => {
    const wa = extractParameters('A light source wavelength shorter than 193 nm; or');
    const us = extractParameters('A light source wavelength shorter than 248 nm; or');
    const diff = compareParameters(wa, us);
    expect(diff).toHaveLength(1);
    expect(diff[0]!.a!.value).toBeCloseTo(193e-9, 15);
    expect(diff[0]!.b!.value).toBeCloseTo(248e-9, 15);
  });

  it('returns nothing for the same numbers printed in other units or spellings', () => {
    const wa = extractParameters(
      'Capable of producing a pattern with a "Minimum Resolvable Feature size" of 45 nm or less, at a beam energy of 20 keV or more',
    );
    const us = extractParameters(
      'The capability to produce a pattern with a “Minimum Resolvable Feature size” (MRF) of 0.045 µm or less and a beam energy of 0.02 MeV or more',
    );
    expect(wa).toHaveLength(2);
    expect(compareParameters(wa, us)).toEqual([]);
  });

  it('reports a changed comparator and pairs what has no counterpart with null', () => {
    const a = [p('beam energy', '>', 20e3, 'eV'), p('beam current', '>=', 0.01, 'A')];
    const b = [p('beam energy', '>=', 20e3, 'eV'), p('spot size', '<', 65e-9, 'm')];
    expect(compareParameters(a, b)).toEqual([
      { a: a[0], b: b[0] },
      { a: a[1], b: null },
      { a: null, b: b[1] },
    ]);
  });

  it('pairs identical bounds first so that a repeated quantity is not reported twice', () => {
    const a = [p('frequency', '>', 6.8e9, 'Hz'), p('frequency', '>', 8.5e9, 'Hz')];
    const b = [p('frequency', '>', 8.5e9, 'Hz'), p('frequency', '>', 12e9, 'Hz')];
    expect(compareParameters(a, b)).toEqual([{ a: a[0], b: b[1] }]);
  });

  it('does not match an upper bound with a lower bound, or different units', () => {
    expect(sameParameter(p('wavelength', '<', 1, 'm'), p('wavelength', '<=', 2, 'm'))).toBe(true);
    expect(sameParameter(p('wavelength', '<', 1, 'm'), p('wavelength', '>', 1, 'm'))).toBe(false);
    expect(sameParameter(p('power', '>', 1, 'W'), p('power', '>', 1, 'dBm'))).toBe(false);
    expect(
      sameParameter(p('centre frequency', '>', 1, 'Hz'), p('center frequency', '>', 1, 'Hz')),
    ).toBe(true);
    expect(
      sameParameter(p('vapour pressure', '>', 1, 'Pa'), p('vapor pressure', '>', 1, 'Pa')),
    ).toBe(true);
  });
});

describe('numbers printed in the EU style (Norway List II)', () => {
  const read = (t: string) =>
    extractParameters(t, 'eu').map((p) => [p.comparator, p.value, p.unit] as const);
  it('reads spaces as thousands and commas as decimals', () => {
    expect(read('a sample rate exceeding 3 500 MSPS')).toEqual([['>', 3.5e9, 'sample/s']]);
    expect(read('a wavelength less than 2 000 nm')).toEqual([['<', 2e-6, 'm']]);
    expect(read('a thickness of 0,254 mm or less')).toEqual([['<=', 0.000254, 'm']]);
    expect(read('more than 10 000 000 bits')).toEqual([['>', 1e7, 'bit']]);
  });
  it('leaves a flattened power of ten alone and reads English-style text unchanged', () => {
    expect(toEnglishNumbers('10 26 operations')).toBe('10 26 operations');
    expect(extractParameters('exceeding 3,500 MSPS').map((p) => p.value)).toEqual([3.5e9]);
  });
});
