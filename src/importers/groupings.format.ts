// Format `groupings`: memberships of named groupings (G7, OECD, Wassenaar, D-10 …), one row per
// group and member, as compiled in groupings/group_memberships.csv. Countries are economies
// (checked against the stored ISO3 codes); the EU and the African Union are supranational members.
import { z } from 'zod';
import { ISO3_PATTERN } from '../core/economies/economy.ts';
import { SUPRANATIONAL_BODIES } from '../core/groupings/grouping.ts';
import type { Source } from '../core/sources/source.ts';
import { parseCells, type ImportFormat, type RowResult } from './import-format.ts';

export const GROUPINGS_SOURCE: Source = {
  id: 'compiled-group-memberships',
  citation:
    'Group memberships compiled from public web pages (official sites, news reports, Wikipedia); the pages are listed per member',
  publisher: 'techalliance contributors (compiled)',
  licence: 'Facts; each source page under its own terms (Wikipedia CC BY-SA)',
  url: null,
  date: null,
  notes:
    'Membership as of the latest date the pages state; GPAI list derived (OECD-38 plus pre-2024 GPAI countries), T-12 list unverified. Re-check before publication.',
};

const text = z.string().trim();
const optional = text.transform((s) => (s === '' ? null : s));

const row = z.object({
  group_id: text.pipe(
    z.string().regex(/^[A-Z0-9_]+$/, 'must be a code of capital letters, digits and _'),
  ),
  group_name: text.pipe(z.string().min(1, 'must not be empty')),
  group_kind: text.pipe(z.string().min(1, 'must not be empty')),
  member_iso3: text,
  member_name: text.pipe(z.string().min(1, 'must not be empty')),
  member_type: text.pipe(
    z.enum(['country', 'supranational'], { error: "must be 'country' or 'supranational'" }),
  ),
  status: text.pipe(z.string().min(1, 'must not be empty')),
  as_of: optional,
  sources: text.transform((s) =>
    s
      .split(' | ')
      .map((u) => u.trim())
      .filter((u) => u !== ''),
  ),
  notes: optional,
});

export const groupingsFormat: ImportFormat = {
  name: 'groupings',
  description:
    'Group memberships (group_id, group_name, group_kind, member_iso3, member_type, status, as_of, sources, notes)',
  requiredColumns: () => [
    'group_id',
    'group_name',
    'group_kind',
    'member_iso3',
    'member_name',
    'member_type',
    'status',
    'as_of',
    'sources',
    'notes',
  ],
  sources: () => [GROUPINGS_SOURCE],
  parseRow(record): RowResult {
    const p = parseCells(row, record);
    if (!p.ok) return p.result;
    const r = p.data;
    const supranational = r.member_type === 'supranational';
    const code = r.member_iso3;
    if (supranational ? SUPRANATIONAL_BODIES[code] === undefined : !ISO3_PATTERN.test(code)) {
      const expected = supranational
        ? `a supranational body (${Object.keys(SUPRANATIONAL_BODIES).join(', ')})`
        : 'an ISO3 code (three capital letters)';
      return {
        kind: 'bad',
        issues: [{ field: 'member_iso3', reason: `'${code}' is not ${expected}`, value: code }],
      };
    }
    return {
      kind: 'items',
      economyField: 'member_iso3',
      members: [
        {
          group: {
            code: r.group_id,
            name: r.group_name,
            kind: r.group_kind,
            sourceId: GROUPINGS_SOURCE.id,
          },
          member: {
            code,
            name: r.member_name,
            kind: supranational ? 'supranational' : 'economy',
            status: r.status,
            asOf: r.as_of,
            sourceUrls: r.sources,
            notes: r.notes,
          },
        },
      ],
    };
  },
};
