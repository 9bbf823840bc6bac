// The topic taxonomy of the policy registry: one tree of topics (AI and its parts, export controls,
// investment screening, standards, research and innovation, data, cybersecurity, critical
// technologies, human rights, telecommunications, sustainability), each with the source themes and
// tags that land on it, and the functions that give an imported record its topics and check a tree.
//
// How a record gets its topics (`topicsFor`):
// - STIP Compass: each `Theme(s)` value is matched verbatim (case and spacing aside) against
//   `mappings.stip`. The STIP extract is about COVID-19 research policy, so its themes land under
//   `research-innovation` (and `data-digital` for digital tools).
// - AGORA: each tag of `Tags` (`Strategies: Input controls: Compute circulation`) is matched against
//   `mappings.agora`. Every one of the 77 tag columns of the AGORA file is mapped to a topic.
// - OECD.AI: an entry of `mappings.oecdAi` is a `policy_type` value, matched verbatim against the
//   record's tags (`Grant Program`), or a title keyword written `title:<keyword>`, matched at the
//   start of a word of the title after folding case and accents (`title:semiconductor` matches
//   "Semiconductors"; `title:ai act` matches the two words in a row). Keyword matches are a
//   heuristic, meant to narrow a record below `ai`: a title that names a topic in other words gets
//   `ai` alone.
// - The entry `*` matches every record of its source: every OECD.AI and AGORA record is about AI
//   (both corpora are AI policy), so `ai` maps `*` for both.
// A tag or theme no topic maps gives nothing. A record's topics are the mapped topics themselves
// (not their ancestors: a topic filter includes descendants), most specific (deepest) first, and
// at one depth a topic every record gets (`*`) after the topics the record's own tags named.
import type { ErrorIssue } from '../errors.ts';
import type { PolicyTopic } from './instrument.ts';

type Mappings = PolicyTopic['mappings'];

const topic = (
  code: string,
  label: string,
  description: string,
  mappings: Partial<Mappings> = {},
): PolicyTopic => {
  const dot = code.lastIndexOf('.');
  return {
    code,
    label,
    parent: dot < 0 ? null : code.slice(0, dot),
    description,
    mappings: {
      stip: mappings.stip ?? [],
      agora: mappings.agora ?? [],
      oecdAi: mappings.oecdAi ?? [],
    },
  };
};

/** The default topic tree (seeded into the database by its migration; the secretariat may edit it). */
export const DEFAULT_POLICY_TOPICS: readonly PolicyTopic[] = [
  topic('ai', 'Artificial intelligence', 'Policy on artificial intelligence of any kind.', {
    agora: ['*'],
    oecdAi: ['*'],
  }),
  topic(
    'ai.safety',
    'AI safety and evaluation',
    'Safety, reliability and robustness of AI systems; testing, red-teaming and incident reporting.',
    {
      agora: [
        'Risk factors: Safety',
        'Risk factors: Reliability',
        'Risk factors: Reliability: Robustness',
        'Harms: Harm to health/safety',
        'Strategies: Evaluation',
        'Strategies: Evaluation: Adversarial testing',
        'Strategies: Evaluation: Post-market monitoring',
        'Strategies: Disclosure: About incidents',
        'Strategies: Disclosure: About evaluation',
        'Strategies: Pilots and testbeds',
      ],
      oecdAi: ['title:safety', 'title:safe ', 'title:incident', 'title:trustworth', 'title:risk'],
    },
  ),
  topic(
    'ai.governance',
    'AI governance and oversight',
    'Institutions, rules and oversight of AI: risk tiers, licensing, disclosure, audits and impact assessments.',
    {
      agora: [
        'Strategies: Governance development',
        'Strategies: New institution',
        'Strategies: Convening',
        'Strategies: Government study or report',
        'Strategies: Disclosure',
        'Strategies: Disclosure: About inputs',
        'Strategies: Disclosure: Accuracy thereof',
        'Strategies: Disclosure: In deployment',
        'Strategies: Evaluation: External auditing',
        'Strategies: Evaluation: Impact assessment',
        'Strategies: Licensing, registration, and certification',
        'Strategies: Performance requirements',
        'Strategies: Input controls',
        'Strategies: Tiering',
        'Strategies: Tiering: Tiering based on domain of application',
        'Strategies: Tiering: Tiering based on generality',
        'Strategies: Tiering: Tiering based on impact',
        'Strategies: Tiering: Tiering based on inputs',
        'Strategies: Tiering: Tiering based on planning ability',
        'Risk factors: Transparency',
        'Risk factors: Interpretability and explainability',
      ],
      oecdAi: [
        'title:governance',
        'title:regulat',
        'title:ai act ',
        'title:artificial intelligence act ',
        'title:oversight',
        'title:transparen',
        'title:accountab',
        'title:observator',
      ],
    },
  ),
  topic(
    'ai.ethics',
    'AI ethics and fairness',
    'Ethical principles for AI, bias and discrimination.',
    {
      agora: ['Risk factors: Bias', 'Harms: Discrimination'],
      oecdAi: ['title:ethic', 'title:bias', 'title:fairness', 'title:principles'],
    },
  ),
  topic(
    'ai.liability',
    'AI liability and enforcement',
    'Liability, penalties and redress for harm caused with AI.',
    {
      agora: [
        'Incentives: Civil liability',
        'Incentives: Criminal liability',
        'Incentives: Fines',
        'Incentives: Imprisonment',
        'Harms: Financial loss',
        'Harms: Harm to property',
      ],
      oecdAi: ['title:liabilit'],
    },
  ),
  topic(
    'ai.public-sector',
    'AI in the public sector',
    'The use of AI by governments: public services, benefits, justice and administration.',
    {
      agora: [
        'Applications: Government: benefits and welfare',
        'Applications: Government: judicial and law enforcement',
        'Applications: Government: other applications/unspecified',
      ],
      oecdAi: ['title:public sector', 'title:public administration', 'title:public service'],
    },
  ),
  topic('ai.defence', 'AI in defence and security', 'Military and national-security uses of AI.', {
    agora: ['Applications: Government: military and public safety'],
    oecdAi: ['title:defence', 'title:defense', 'title:military'],
  }),
  topic('ai.skills', 'AI skills and education', 'Education, training and the AI workforce.', {
    agora: ['Strategies: Government support: AI workforce-related', 'Applications: Education'],
    oecdAi: [
      'Curriculum',
      'title:skill',
      'title:education',
      'title:talent',
      'title:training',
      'title:workforce',
    ],
  }),
  topic(
    'ai.applications',
    'AI in the economy',
    'AI in sectors of the economy: health, transport, finance, manufacturing, agriculture, media …',
    {
      agora: [
        'Applications: Agriculture and resource extraction',
        'Applications: Arts, sports, leisure, travel, and lifestyle',
        'Applications: Broadcasting and media production',
        'Applications: Business services and analytics',
        'Applications: Construction and field services',
        'Applications: Consumer goods',
        'Applications: Finance and investment',
        'Applications: Manufacturing and process automation',
        'Applications: Medicine, life sciences and public health',
        'Applications: Sales, retail, and customer relations',
        'Applications: Transportation',
      ],
      oecdAi: [
        'title:health',
        'title:agricultur',
        'title:manufactur',
        'title:industry',
        'title:transport',
        'title:mobility',
        'title:fintech',
        'title:financial sector',
      ],
    },
  ),
  topic(
    'export-controls',
    'Export controls',
    'Controls on exports of dual-use items and technology.',
    { oecdAi: ['title:export control', 'title:dual use', 'title:dual-use'] },
  ),
  topic(
    'export-controls.compute',
    'Controls on compute',
    'Controls on the circulation of computing hardware and access to compute.',
    { agora: ['Strategies: Input controls: Compute circulation'] },
  ),
  topic(
    'investment-screening',
    'Investment screening',
    'Screening of foreign direct investment and outbound investment in sensitive technologies.',
    {
      oecdAi: [
        'title:investment screening',
        'title:foreign direct investment',
        'title:foreign investment',
      ],
    },
  ),
  topic(
    'standards',
    'Standards and conformity',
    'Technical standards, certification and conformity assessment.',
    {
      agora: [
        'Strategies: Evaluation: Conformity assessment',
        'Strategies: Disclosure: In standard form',
      ],
      oecdAi: ['Standards', 'Standard', 'title:standard', 'title:certif', 'title:conformity'],
    },
  ),
  topic(
    'research-innovation',
    'Research and innovation',
    'Public support for research, development and innovation.',
    {
      agora: ['Strategies: Government support'],
      oecdAi: ['title:research', 'title:innovation', 'title:r&d', 'title:science'],
    },
  ),
  topic(
    'research-innovation.funding',
    'Research and innovation funding',
    'Grants, subsidies and programmes that fund research, development and business innovation.',
    {
      stip: ['Financial support for business innovation'],
      agora: [
        'Strategies: Government support: For R&D',
        'Incentives: Subsidies',
        'Incentives: Access to business opportunities',
      ],
      oecdAi: [
        'Grant Program',
        'Funding opportunity',
        'title:funding',
        'title:grant',
        'title:fund ',
      ],
    },
  ),
  topic(
    'research-innovation.open-science',
    'Open science',
    'Access to research data and publications.',
    {
      stip: ['Enhanced access to research data', 'Enhanced access to scientific publications'],
      oecdAi: ['title:open science', 'title:open access'],
    },
  ),
  topic(
    'research-innovation.collaboration',
    'Research collaboration and infrastructure',
    'Collaborative platforms, research infrastructures and non-financial support to research and industry.',
    {
      stip: [
        'Collaborative platforms',
        'Research and innovation collaboration and co-creation',
        'Non-financial support for research and industry',
      ],
      oecdAi: [
        'title:centre',
        'title:center',
        'title:network',
        'title:partnership',
        'title:cooperation',
        'title:collaborat',
      ],
    },
  ),
  topic(
    'research-innovation.science-advice',
    'Science advice',
    'Scientific advice for policy and its communication.',
    { stip: ['Science advice for policy', 'Communication of science advice'] },
  ),
  topic(
    'research-innovation.health',
    'Health research',
    'Research on diagnostics, therapies, vaccines, epidemiology, clinical research and health systems.',
    {
      stip: [
        'Diagnostics, therapies and vaccines research funding and infrastructure support',
        'Epidemiology research funding and infrastructure support',
        'Fundamental clinical research funding and infrastructure support',
        'Health system response research and infrastructure support',
        'Medical devices and technologies research funding and infrastructure support',
      ],
    },
  ),
  topic(
    'research-innovation.socio-economic',
    'Socio-economic impacts',
    'Research on the socio-economic impacts of a crisis and the mitigation of its long-term effects.',
    {
      stip: [
        'Socio-economic impacts research and infrastructure support',
        'Mitigating long-term impacts',
      ],
    },
  ),
  topic('data-digital', 'Data and digital', 'Data, digital government and the digital economy.', {
    oecdAi: ['title:digital'],
  }),
  topic(
    'data-digital.data-governance',
    'Data governance',
    'Access to, sharing, use and circulation of data; data tools.',
    {
      stip: ['Digital tools for data gathering and analysis'],
      agora: [
        'Strategies: Input controls: Data circulation',
        'Strategies: Input controls: Data use',
      ],
      oecdAi: ['title:data'],
    },
  ),
  topic(
    'data-digital.privacy',
    'Privacy and data protection',
    'Personal data protection and privacy.',
    {
      agora: ['Risk factors: Privacy'],
      oecdAi: ['title:privacy', 'title:personal data', 'title:data protection', 'title:gdpr'],
    },
  ),
  topic(
    'data-digital.online-content',
    'Online content',
    'Harmful content, disinformation, synthetic media and platforms.',
    {
      agora: ['Harms: Detrimental content'],
      oecdAi: [
        'title:disinformation',
        'title:deepfake',
        'title:online safety',
        'title:digital services',
      ],
    },
  ),
  topic('cybersecurity', 'Cybersecurity', 'Security of systems and networks, and of AI itself.', {
    agora: [
      'Risk factors: Security',
      'Risk factors: Security: Cybersecurity',
      'Risk factors: Security: Dissemination',
      'Applications: Security',
      'Harms: Harm to infrastructure',
    ],
    oecdAi: ['title:cyber', 'title:security'],
  }),
  topic(
    'critical-technologies',
    'Critical technologies',
    'Strategic and emerging technologies beyond AI.',
    { oecdAi: ['title:critical technolog', 'title:emerging technolog', 'title:key technolog'] },
  ),
  topic(
    'critical-technologies.semiconductors',
    'Semiconductors',
    'Microelectronics and semiconductor supply chains.',
    { oecdAi: ['title:semiconductor', 'title:microelectronic', 'title:chip'] },
  ),
  topic(
    'critical-technologies.compute',
    'Computing capacity',
    'Supercomputing, cloud and the use of compute.',
    {
      agora: ['Strategies: Input controls: Compute use'],
      oecdAi: [
        'title:supercomput',
        'title:high performance computing',
        'title:high-performance computing',
        'title:compute ',
        'title:cloud',
      ],
    },
  ),
  topic('critical-technologies.quantum', 'Quantum technologies', 'Quantum computing and sensing.', {
    oecdAi: ['title:quantum'],
  }),
  topic(
    'human-rights-tech',
    'Technology and human rights',
    'Civil and human rights affected by technology: surveillance, discrimination, privacy.',
    {
      agora: ['Harms: Violation of civil or human rights, including privacy'],
      oecdAi: [
        'title:human rights',
        'title:surveillance',
        'title:facial recognition',
        'title:biometric',
      ],
    },
  ),
  topic('telecom', 'Telecommunications', 'Networks, 5G, broadband and spectrum.', {
    agora: ['Applications: Networking and telecommunications'],
    oecdAi: ['title:5g', 'title:telecom', 'title:broadband', 'title:connectivity'],
  }),
  topic(
    'sustainability',
    'Technology and sustainability',
    'Energy, climate and the environment: ecological harm and the energy sector.',
    {
      agora: ['Harms: Ecological harm', 'Applications: Energy and utilities'],
      oecdAi: [
        'title:climate',
        'title:energy',
        'title:environment',
        'title:sustainab',
        'title:green',
      ],
    },
  ),
];

/** Lower case, accents folded, every run of non-letters and non-digits a single space (`&` kept). */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

const sameTag = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The key of a topic mapping in `PolicyTopic['mappings']` for a source. */
const MAPPING_KEY = { stip: 'stip', agora: 'agora', 'oecd-ai': 'oecdAi' } as const;

const depth = (code: string): number => code.split('.').length;

/**
 * The topics a record of `source` gets from its tags (STIP themes, AGORA tags, OECD.AI
 * `policy_type`) and, for OECD.AI, its title: most specific (deepest) first, then in the tree's
 * order; each once. Tags no topic maps give nothing.
 */
export function topicsFor(
  topics: readonly PolicyTopic[],
  source: 'stip' | 'agora' | 'oecd-ai',
  tags: readonly string[],
  title?: string,
): string[] {
  const key = MAPPING_KEY[source];
  const given = new Set(tags.map(sameTag));
  const words = title === undefined ? '' : ` ${foldText(title)} `;
  const found: { code: string; order: number; wildcard: boolean }[] = [];
  topics.forEach((t, order) => {
    const matches = (m: string): boolean => {
      if (key === 'oecdAi' && m.startsWith('title:')) {
        const kw = m.slice('title:'.length);
        // A keyword ending in a space must end a word; otherwise it matches a word's start.
        const folded = foldText(kw);
        if (folded === '') return false;
        return words.includes(` ${folded}${kw.endsWith(' ') ? ' ' : ''}`);
      }
      return given.has(sameTag(m));
    };
    const own = t.mappings[key].some((m) => m !== '*' && matches(m));
    const wildcard = !own && t.mappings[key].includes('*');
    if ((own || wildcard) && !found.some((f) => f.code === t.code))
      found.push({ code: t.code, order, wildcard });
  });
  // Deepest first; at one depth, a topic every record gets (`*`) after the ones the record named.
  return found
    .sort(
      (a, b) =>
        depth(b.code) - depth(a.code) ||
        Number(a.wildcard) - Number(b.wildcard) ||
        a.order - b.order,
    )
    .map((f) => f.code);
}

/** A topic code: lower-case words joined by `-`, dotted by level (`ai.safety`). */
export const TOPIC_CODE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;

/**
 * Checks a topic tree: codes well formed and unique, labels given, every parent a topic of the
 * tree and the code's own prefix (`ai.safety` under `ai`), no cycle. Empty when the tree is sound.
 */
export function checkTaxonomy(topics: readonly PolicyTopic[]): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const codes = new Map<string, number>();
  topics.forEach((t, i) => {
    if (!TOPIC_CODE.test(t.code) || t.code.length > 80)
      issues.push({
        path: `topics[${i}].code`,
        message: `'${t.code}' is not a topic code (lower-case words joined by - and dotted by level: ai.safety)`,
      });
    if (codes.has(t.code))
      issues.push({
        path: `topics[${i}].code`,
        message: `'${t.code}' is already the code of topic ${codes.get(t.code)}`,
      });
    else codes.set(t.code, i);
    if (t.label.trim() === '')
      issues.push({ path: `topics[${i}].label`, message: `topic '${t.code}' has no label` });
  });
  const parentOf = new Map(topics.map((t) => [t.code, t.parent]));
  topics.forEach((t, i) => {
    if (t.parent === null) {
      if (t.code.includes('.'))
        issues.push({
          path: `topics[${i}].parent`,
          message: `'${t.code}' is a dotted code and needs its parent '${t.code.slice(0, t.code.lastIndexOf('.'))}'`,
        });
      return;
    }
    if (!parentOf.has(t.parent)) {
      issues.push({
        path: `topics[${i}].parent`,
        message: `parent '${t.parent}' of '${t.code}' is not a topic`,
      });
      return;
    }
    if (!t.code.startsWith(`${t.parent}.`) || t.code.slice(t.parent.length + 1).includes('.'))
      issues.push({
        path: `topics[${i}].parent`,
        message: `'${t.code}' must be '${t.parent}.<word>' under parent '${t.parent}'`,
      });
    // Walk up: a cycle returns to a topic already seen.
    const seen = new Set([t.code]);
    for (let p: string | null | undefined = t.parent; p != null; p = parentOf.get(p)) {
      if (seen.has(p)) {
        issues.push({
          path: `topics[${i}].parent`,
          message: `'${t.code}' is its own ancestor (a cycle through '${p}')`,
        });
        break;
      }
      seen.add(p);
    }
  });
  return issues;
}

/** A topic's code with the codes of every topic below it (an unknown code gives an empty set). */
export function topicWithDescendants(topics: readonly PolicyTopic[], code: string): Set<string> {
  const out = new Set<string>();
  if (!topics.some((t) => t.code === code)) return out;
  out.add(code);
  // Repeat until no topic is added: the tree may list a child before its parent.
  for (let grew = true; grew;) {
    grew = false;
    for (const t of topics)
      if (t.parent !== null && out.has(t.parent) && !out.has(t.code)) {
        out.add(t.code);
        grew = true;
      }
  }
  return out;
}
