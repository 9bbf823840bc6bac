// Legal forms: the company-type words (LLC, OOO, GmbH, Aktiengesellschaft, 有限公司 …) that
// screening removes from names before comparing them, each with the kind of company it denotes.

/**
 * What kind of company a legal form denotes:
 *
 * - `limited_liability` — a private limited company (LLC, Ltd, GmbH, OOO, SARL, Sp. z o.o., BV …);
 * - `joint_stock` — a joint-stock or public company (JSC, OAO, PAO, AG, SA, SpA, NV, PLC, AB …);
 * - `partnership` — a partnership (LP, LLP, KG …);
 * - `non_profit` — an association or non-profit organisation (ANO, e.V. …);
 * - `generic` — a word that says "company" without a form (Inc, Corp, Corporation, Co., Company).
 *
 * Two names with forms of different kinds, neither generic, are different companies ("Deutsche
 * Bank AG", "Deutsche Bank GmbH"): the score counts that as a conflict.
 */
export type LegalFormKind =
  'limited_liability' | 'joint_stock' | 'partnership' | 'non_profit' | 'generic';

/** One legal form: its short name and the spellings that stand for it. */
export interface LegalForm {
  /** The short form shown in explanations, e.g. `LLC`. */
  form: string;
  kind: LegalFormKind;
  /**
   * Spellings as they read after normalisation (lower-case ASCII, punctuation gone, dotted
   * initialisms joined: "L.L.C." reads `llc`, "Sp. z o.o." reads `sp z oo`), one or more tokens.
   */
  variants: readonly string[];
}

/**
 * The legal forms removed from names, in Latin script after transliteration (the Russian ООО
 * reads `ooo`, ОАО `oao`; spelt out, "Общество с ограниченной ответственностью" reads `obshchestvo
 * s ogranichennoy otvetstvennostyu`). A form is removed wherever it stands in the name ("JSC
 * Tactical Missiles Corporation", "Samsung Electronics Co., Ltd."), unless nothing else would be
 * left ("GmbH" alone stays a name). Add a line when a list uses a form that is missing.
 */
export const LEGAL_FORMS: readonly LegalForm[] = [
  {
    form: 'LLC',
    kind: 'limited_liability',
    variants: ['llc', 'limited liability company', 'limited liability co', 'lllc'],
  },
  {
    form: 'Ltd',
    kind: 'limited_liability',
    variants: ['ltd', 'limited', 'pte', 'pty', 'pvt', 'private limited', 'ltda', 'limitada'],
  },
  {
    form: 'GmbH',
    kind: 'limited_liability',
    variants: ['gmbh', 'gesmbh', 'gesellschaft mit beschrankter haftung'],
  },
  {
    form: 'OOO',
    kind: 'limited_liability',
    variants: [
      'ooo',
      'obshchestvo s ogranichennoy otvetstvennostyu',
      'obshchestvo s ogranichennoi otvetstvennostiu',
      'tov',
      'tovarystvo z obmezhenoyu vidpovidalnistyu',
    ],
  },
  {
    form: 'SARL',
    kind: 'limited_liability',
    variants: [
      'sarl',
      'srl',
      'sl',
      'societe a responsabilite limitee',
      'societatea cu raspundere limitata',
      'societa a responsabilita limitata',
      'sociedad de responsabilidad limitada',
    ],
  },
  {
    form: 'Sp. z o.o.',
    kind: 'limited_liability',
    variants: ['sp z oo', 'sp z o o', 'spolka z ograniczona odpowiedzialnoscia'],
  },
  { form: 'BV', kind: 'limited_liability', variants: ['bv', 'besloten vennootschap', 'bvba'] },
  { form: 's.r.o.', kind: 'limited_liability', variants: ['sro', 'kft', 'doo', 'ood', 'eood'] },
  {
    form: 'JSC',
    kind: 'joint_stock',
    variants: [
      'jsc',
      'ojsc',
      'cjsc',
      'pjsc',
      'joint stock company',
      'joint stock co',
      'open joint stock company',
      'closed joint stock company',
      'public joint stock company',
      'oao',
      'zao',
      'pao',
      'ao',
      'aktsionernoe obshchestvo',
      'otkrytoe aktsionernoe obshchestvo',
      'zakrytoe aktsionernoe obshchestvo',
      'publichnoe aktsionernoe obshchestvo',
      'pat',
      'prat',
    ],
  },
  { form: 'AG', kind: 'joint_stock', variants: ['ag', 'aktiengesellschaft'] },
  {
    form: 'SA',
    kind: 'joint_stock',
    variants: [
      'sa',
      'sas',
      'sa de cv',
      'sab de cv',
      'societe anonyme',
      'sociedad anonima',
      'sociedade anonima',
    ],
  },
  { form: 'SpA', kind: 'joint_stock', variants: ['spa', 'societa per azioni'] },
  { form: 'NV', kind: 'joint_stock', variants: ['nv', 'naamloze vennootschap'] },
  { form: 'PLC', kind: 'joint_stock', variants: ['plc', 'public limited company'] },
  {
    form: 'AB',
    kind: 'joint_stock',
    variants: ['ab', 'aktiebolag', 'as', 'a s', 'asa', 'oy', 'oyj'],
  },
  { form: 'KK', kind: 'joint_stock', variants: ['kk', 'kabushiki kaisha'] },
  { form: 'SE', kind: 'joint_stock', variants: ['se', 'societas europaea'] },
  { form: 'Bhd', kind: 'joint_stock', variants: ['bhd', 'sdn bhd', 'berhad', 'tbk'] },
  {
    form: 'LP',
    kind: 'partnership',
    variants: ['lp', 'llp', 'lllp', 'kg', 'ohg', 'limited partnership', 'gmbh co kg'],
  },
  {
    form: 'ANO',
    kind: 'non_profit',
    variants: [
      'ano',
      'avtonomnaya nekommercheskaya organizatsiya',
      'nko',
      'ev',
      'eingetragener verein',
    ],
  },
  {
    form: 'Inc',
    kind: 'generic',
    variants: ['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'cie', 'cia'],
  },
];

/**
 * Legal forms in Han, Kana and Hangul, removed before transliteration (their transliteration would
 * run into the name's syllables): 有限公司 "limited company", 股份有限公司 "company limited by
 * shares", 株式会社 and 주식회사 "joint-stock company" …; longer spellings first.
 */
export const ORIGINAL_SCRIPT_LEGAL_FORMS: readonly { text: string; form: LegalForm['form'] }[] = [
  { text: '股份有限公司', form: 'JSC' },
  { text: '有限责任公司', form: 'LLC' },
  { text: '有限責任公司', form: 'LLC' },
  { text: '有限公司', form: 'Ltd' },
  { text: '株式会社', form: 'KK' },
  { text: '有限会社', form: 'Ltd' },
  { text: '合同会社', form: 'LLC' },
  { text: '주식회사', form: 'JSC' },
  { text: '유한회사', form: 'Ltd' },
  { text: '公司', form: 'Inc' },
];

const KIND_OF_FORM = new Map(LEGAL_FORMS.map((f) => [f.form, f.kind]));

/**
 * Whether two names' legal forms (short forms, as `NormalisedName.legalForms` lists them)
 * conflict: both have a form that is not generic, and no kind is common to both.
 */
export function legalFormsConflict(a: readonly string[], b: readonly string[]): boolean {
  const kinds = (forms: readonly string[]): Set<LegalFormKind> =>
    new Set(
      forms
        .map((f) => KIND_OF_FORM.get(f))
        .filter((k): k is LegalFormKind => k !== undefined && k !== 'generic'),
    );
  const ka = kinds(a);
  const kb = kinds(b);
  return ka.size > 0 && kb.size > 0 && ![...ka].some((k) => kb.has(k));
}

/** A phrase of a legal form, by its first token, longest phrases first. */
export interface LegalFormPhrase {
  tokens: readonly string[];
  form: LegalForm;
}

/** Every legal-form phrase, keyed by its first token, longest first (so `sp z oo` beats `sp`). */
export const LEGAL_FORM_PHRASES: ReadonlyMap<string, readonly LegalFormPhrase[]> = (() => {
  const byFirst = new Map<string, LegalFormPhrase[]>();
  for (const form of LEGAL_FORMS)
    for (const variant of form.variants) {
      const tokens = variant.split(' ');
      const list = byFirst.get(tokens[0]!) ?? [];
      list.push({ tokens, form });
      byFirst.set(tokens[0]!, list);
    }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
})();
