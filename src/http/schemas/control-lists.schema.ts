// Schemas of /api/v1/control-lists: the imported item control lists, one entry across lists, the
// diff of two lists, unilateral controls, adoption lag, the alignment matrix and search.
import { z } from 'zod';
import type {
  AdoptionLag,
  AlignmentCell,
  AlignmentMatrix,
  UnilateralControls,
} from '../../core/control-lists/alignment.ts';
import type { ListDiff } from '../../core/control-lists/compare.ts';
import {
  CONTROL_REGIMES,
  type ControlEntry,
  type ControlParameter,
  type StoredControlList,
} from '../../core/control-lists/control-list.ts';
import type { ControlSearchResult } from '../../core/control-lists/search.ts';
import type { ControlInputLink } from '../../core/control-lists/control-list.ts';
import type {
  ControlListDetail,
  InputControlsResult,
} from '../../services/control-list.service.ts';
import { describes } from './common.schema.ts';

// ---- Requests ----

const listId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a list id: lower-case letters, digits and hyphens')
  .describe('a control list id, e.g. wa-2025');

const listIds = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,63}(,[a-z0-9][a-z0-9-]{0,63}){0,19}$/,
    'must be list ids, comma-separated, e.g. wa-2025,us-ccl-2026',
  )
  .transform((s) => s.split(','))
  .describe('list ids, comma-separated');

export const listParam = z.object({ id: listId });

export const entryParam = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z. ]{3,16}$/, 'must be a control-list code such as 3B001, 3.B.1. or 8B301')
    .describe('the entry: 3B001, 3.B.1., 8B301 or ML1'),
});

export const entryQuery = z.strictObject({ lists: listIds.optional() });

export const diffQuery = z.strictObject({ a: listId, b: listId });

export const memberQuery = z.strictObject({
  list: listId.describe("the member's list"),
  regime: listId.describe('the regime list (default: the latest regime list imported)').optional(),
});

export const alignQuery = z.strictObject({
  regime: listId.describe('the regime list (default: the latest regime list imported)').optional(),
  lists: listIds
    .describe('the members’ lists (default: every list that is not a regime list)')
    .optional(),
});

export const searchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, 'give a word to search for')
    .max(200, 'must be at most 200 characters')
    .describe('words (all must occur; the last also as a prefix) or a "quoted phrase"'),
  lists: listIds.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional().describe('hits returned (default 50)'),
});

const chainCode = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a chain code, e.g. semiconductors')
  .describe('a supply chain code');

export const linksQuery = z.strictObject({ chain: chainCode.optional() });

const linkKey = {
  code: z.string().trim().min(1).max(16).describe('the entry: 3B001, 3.B.1., 8B301 or ML1'),
  paragraph: z
    .string()
    .trim()
    .max(40)
    .optional()
    .describe(
      'a paragraph label relative to the entry (f, c.1.a); empty or absent: the whole entry',
    ),
  chain: chainCode,
  input: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe("the input's (or stage's) id, or its exact name"),
};

export const linkBody = z.strictObject({
  ...linkKey,
  note: z.string().max(1000).optional().describe('why the entry controls the input'),
});

export const unlinkBody = z.strictObject({
  ...linkKey,
  input: z.string().trim().min(1).max(200).describe("the input's id (as the link stores it)"),
});

export const inputsQuery = z.strictObject({
  chain: chainCode,
  coalition: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .optional()
    .describe(
      'a coalition code or ISO3 list: who counts as a supplier (default: every economy with a member list)',
    ),
});

// ---- Responses ----

const regime = z.enum(CONTROL_REGIMES);
const status = z.enum(['controlled', 'not-used', 'reserved']);

const storedList = describes<StoredControlList>()(
  z.object({
    id: z.string(),
    name: z.string(),
    jurisdiction: z.string().describe('ISO3 economy code, EU, or a regime’s id (WA)'),
    regime,
    isRegimeList: z.boolean().describe('true for a regime’s own list'),
    scheme: z.enum(['wassenaar', 'eccn', 'eu', 'scomet']),
    versionDate: z.string().describe('the date the text is valid at (ISO)'),
    sourceId: z.string(),
    licenceNote: z.string(),
    format: z.string(),
    file: z.string(),
    importedAt: z.string(),
    entries: z.number(),
    activeEntries: z.number().describe('entries that control something (not "not used")'),
  }),
).meta({ id: 'ControlList' });

export const listsBody = z.object({ items: z.array(storedList) });

const entrySummary = z.object({
  code: z.string(),
  canonicalCode: z.string(),
  category: z.string(),
  group: z.string(),
  heading: z.string(),
  status,
  reasons: z.array(z.string()),
  sensitive: z.boolean().nullable(),
  verySensitive: z.boolean().nullable(),
  paragraphs: z.number().describe('controlled lettered or numbered item paragraphs'),
});

export const listBody = describes<ControlListDetail>()(
  storedList.extend({
    categories: z.array(z.object({ category: z.string(), entries: z.number() })),
    items: z.array(entrySummary),
  }),
);

const parameter = describes<ControlParameter>()(
  z
    .object({
      quantity: z.string(),
      comparator: z.enum(['<', '<=', '>', '>=', '=']),
      value: z.number(),
      unit: z.string().describe('the normalised unit (m, Hz, W, …)'),
      text: z.string().describe('the words the number was read from'),
    })
    .meta({ id: 'ControlParameter' }),
);

const entry = describes<ControlEntry>()(
  z.object({
    listId: z.string(),
    code: z.string().describe('as the list prints it'),
    canonicalCode: z.string().describe('the 5-character form (3B001) or ML1'),
    category: z.string(),
    group: z.string(),
    heading: z.string(),
    reasons: z.array(z.string()),
    sensitive: z.boolean().nullable(),
    verySensitive: z.boolean().nullable(),
    status,
    paragraphs: z.array(
      z.object({
        label: z.string().describe('relative to the entry: f.1.b; notes carry their item’s label'),
        kind: z.enum(['item', 'note', 'technical-note', 'definition', 'text']),
        status,
        text: z.string(),
        parameters: z.array(parameter),
      }),
    ),
    line: z.number(),
  }),
);

export const entryBody = z.object({
  code: z.string(),
  entries: z.array(entry),
  missing: z.array(z.string()).describe('lists asked for that do not have the entry'),
});

const entryRef = z.object({ code: z.string(), heading: z.string() });

export const diffBody = describes<ListDiff>()(
  z.object({
    a: z.string(),
    b: z.string(),
    onlyInA: z.array(entryRef),
    onlyInB: z.array(entryRef),
    changed: z.array(
      z.object({
        code: z.string(),
        heading: z.string(),
        paragraphsOnlyInA: z.array(z.string()),
        paragraphsOnlyInB: z.array(z.string()),
        textChanged: z.array(
          z.object({
            label: z.string(),
            a: z.string(),
            b: z.string(),
            words: z.array(
              z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() }),
            ),
          }),
        ),
        parameters: z.array(
          z.object({ label: z.string(), a: parameter.nullable(), b: parameter.nullable() }),
        ),
      }),
    ),
    same: z.number(),
    notCompared: z.array(entryRef.extend({ reason: z.string() })),
  }),
);

export const unilateralBody = describes<UnilateralControls>()(
  z.object({
    list: z.string(),
    regimeList: z.string(),
    entries: z.array(entryRef.extend({ series: z.string(), reasons: z.array(z.string()) })),
    paragraphs: z.array(entryRef.extend({ paragraphs: z.array(z.string()) })),
    notJudged: z.record(z.string(), z.number()),
  }),
);

export const lagBody = describes<AdoptionLag>()(
  z.object({
    list: z.string(),
    regimeList: z.string(),
    listDate: z.string(),
    regimeDate: z.string(),
    memberOlder: z.boolean(),
    munitions: z.boolean().describe("whether the regime's munitions entries were compared"),
    entries: z.array(entryRef.extend({ state: z.enum(['missing', 'not-used']) })),
    paragraphs: z.array(entryRef.extend({ paragraphs: z.array(z.string()) })),
  }),
);

const cell = describes<AlignmentCell>()(
  z.object({
    regimeEntries: z.number(),
    present: z.number(),
    identical: z.number(),
    compared: z.number(),
    regimeParagraphs: z.number(),
    paragraphsIdentical: z.number(),
  }),
);

export const alignBody = describes<AlignmentMatrix>()(
  z.object({
    regimeList: z.string(),
    categories: z.array(z.string()),
    rows: z.array(
      z.object({
        list: z.string(),
        jurisdiction: z.string(),
        versionDate: z.string(),
        munitions: z.boolean().describe("whether the regime's munitions entries were compared"),
        categories: z.record(z.string(), cell),
        total: cell,
        score: z.number().nullable(),
        entryShare: z.number().nullable(),
        paragraphShare: z.number().nullable(),
      }),
    ),
  }),
);

export const searchBody = describes<ControlSearchResult>()(
  z.object({
    query: z.string(),
    total: z.number(),
    hits: z.array(
      z.object({
        listId: z.string(),
        code: z.string(),
        canonicalCode: z.string(),
        heading: z.string(),
        label: z.string(),
        kind: z.enum(['item', 'note', 'technical-note', 'definition', 'text', 'heading']),
        snippet: z.string(),
      }),
    ),
  }),
);

const link = describes<ControlInputLink>()(
  z
    .object({
      canonicalCode: z.string(),
      paragraph: z.string().describe("relative to the entry; '' for the whole entry"),
      chainCode: z.string(),
      inputId: z.string(),
      note: z.string(),
      createdBy: z.string().describe('who linked it: account:<id>, operator, cli:<user>'),
      createdAt: z.string(),
    })
    .meta({ id: 'ControlInputLink' }),
);

export const linkResponse = link;
export const linksBody = z.object({ items: z.array(link) });

export const inputsBody = describes<InputControlsResult>()(
  z.object({
    chain: z.string(),
    coalition: z.array(z.string()).nullable(),
    items: z.array(
      z.object({
        inputId: z.string(),
        inputName: z.string(),
        links: z.array(
          z.object({ canonicalCode: z.string(), paragraph: z.string(), note: z.string() }),
        ),
        controlledBy: z.array(
          z.object({
            listId: z.string(),
            jurisdiction: z.string(),
            controls: z.array(z.string()).describe('the linked entries and paragraphs it controls'),
          }),
        ),
        notControlledBy: z.array(z.string()),
        regimeLists: z.array(z.string()),
        suppliers: z.array(
          z.object({
            iso3: z.string(),
            sharePct: z.number().nullable(),
            lists: z.array(z.string()),
            controls: z.boolean().nullable().describe('null: no list of this economy is loaded'),
          }),
        ),
        uncontrolledSupplyPct: z.number(),
        unknownSupplyPct: z.number(),
        controlledAlone: z.boolean(),
      }),
    ),
  }),
);
