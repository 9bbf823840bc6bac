import { describe, expect, it } from 'vitest';
import type { PolicyTopic } from './instrument.ts';
import {
  checkTaxonomy,
  DEFAULT_POLICY_TOPICS,
  foldText,
  topicsFor,
  topicWithDescendants,
} from './taxonomy.ts';

const t = (code: string, parent: string | null, label = code): PolicyTopic => ({
  code,
  label,
  parent,
  description: '',
  mappings: { stip: [], agora: [], oecdAi: [] },
});

describe('the default topic tree', () => {
  it('is sound: codes well formed and unique, parents present, no cycle', () => {
    expect(checkTaxonomy(DEFAULT_POLICY_TOPICS)).toEqual([]);
  });

  it('has the roots the registry is organised by, and children under ai and export controls', () => {
    const roots = DEFAULT_POLICY_TOPICS.filter((x) => x.parent === null).map((x) => x.code);
    for (const r of [
      'ai',
      'export-controls',
      'investment-screening',
      'standards',
      'research-innovation',
      'data-digital',
      'cybersecurity',
      'critical-technologies',
      'human-rights-tech',
      'telecom',
    ])
      expect(roots).toContain(r);
    const codes = DEFAULT_POLICY_TOPICS.map((x) => x.code);
    for (const c of [
      'ai.safety',
      'ai.governance',
      'ai.public-sector',
      'ai.defence',
      'export-controls.compute',
    ])
      expect(codes).toContain(c);
  });
});

describe('checkTaxonomy', () => {
  it('names a malformed code, a repeated code, a missing parent, a wrong prefix and a cycle', () => {
    const issues = checkTaxonomy([
      t('ai', null),
      t('AI Safety', null),
      t('ai', null),
      t('ai.x', 'nowhere'),
      t('export.y', 'ai'),
      t('a.b', 'a.b.c'),
      t('a.b.c', 'a.b'),
      t('orphan.child', null),
      t('labelled', null, ' '),
    ]);
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [
        'topics[1].code',
        "'AI Safety' is not a topic code (lower-case words joined by - and dotted by level: ai.safety)",
      ],
      ['topics[2].code', "'ai' is already the code of topic 0"],
      ['topics[8].label', "topic 'labelled' has no label"],
      ['topics[3].parent', "parent 'nowhere' of 'ai.x' is not a topic"],
      ['topics[4].parent', "'export.y' must be 'ai.<word>' under parent 'ai'"],
      ['topics[5].parent', "'a.b' must be 'a.b.c.<word>' under parent 'a.b.c'"],
      ['topics[5].parent', "'a.b' is its own ancestor (a cycle through 'a.b')"],
      ['topics[6].parent', "'a.b.c' is its own ancestor (a cycle through 'a.b.c')"],
      ['topics[7].parent', "'orphan.child' is a dotted code and needs its parent 'orphan'"],
    ]);
  });
});

describe('topicWithDescendants', () => {
  it('gives a topic and everything below it, in any order of the list; nothing for an unknown code', () => {
    const tree = [t('a.b.c', 'a.b'), t('a', null), t('a.b', 'a'), t('a.d', 'a'), t('e', null)];
    expect([...topicWithDescendants(tree, 'a')].sort()).toEqual(['a', 'a.b', 'a.b.c', 'a.d']);
    expect([...topicWithDescendants(tree, 'a.b')].sort()).toEqual(['a.b', 'a.b.c']);
    expect([...topicWithDescendants(tree, 'e')]).toEqual(['e']);
    expect(topicWithDescendants(tree, 'zzz').size).toBe(0);
  });
});

describe('topicsFor', () => {
  const T = DEFAULT_POLICY_TOPICS;

  it('gives every OECD.AI record ai, and children from policy_type and title keywords, deepest first', () => {
    expect(topicsFor(T, 'oecd-ai', ['Program'], 'National AI Action Plan')).toEqual(['ai']);
    expect(topicsFor(T, 'oecd-ai', ['Strategy'], 'Semiconductor and Quantum Strategy')).toEqual([
      'critical-technologies.semiconductors',
      'critical-technologies.quantum',
      'ai',
    ]);
    expect(topicsFor(T, 'oecd-ai', ['Grant Program'], 'Some call')).toEqual([
      'research-innovation.funding',
      'ai',
    ]);
    // Accents and case folded; a keyword matches at a word's start only.
    expect(topicsFor(T, 'oecd-ai', [], 'Stratégie nationale de CYBERSÉCURITÉ')).toEqual([
      'cybersecurity',
      'ai',
    ]);
    expect(topicsFor(T, 'oecd-ai', [], 'Metadata catalogue')).toEqual(['ai']);
    // `title:ai act ` must end a word: an action plan is not the AI Act.
    expect(topicsFor(T, 'oecd-ai', [], 'AI Act')).toContain('ai.governance');
    expect(topicsFor(T, 'oecd-ai', [], 'AI Action Plan')).not.toContain('ai.governance');
  });

  it('maps AGORA tags and STIP themes verbatim (case and spaces aside); unknown tags give nothing; each once', () => {
    expect(
      topicsFor(T, 'agora', [
        'Strategies: Input controls: Compute circulation',
        'risk factors:  safety',
        'Risk factors: Reliability',
        'Nonsense tag',
      ]),
    ).toEqual(['ai.safety', 'export-controls.compute', 'ai']);
    expect(topicsFor(T, 'stip', ['Enhanced access to research data', 'Unheard-of theme'])).toEqual([
      'research-innovation.open-science',
    ]);
    expect(topicsFor(T, 'stip', ['Unheard-of theme'])).toEqual([]);
  });
});

describe('foldText', () => {
  it('folds case and accents and keeps words and digits', () => {
    expect(foldText('  Türkiye’s 5G — Régulation ')).toBe('turkiye s 5g regulation');
  });
});
