// Schemas of /api/v1/groups: the groupings, and one grouping with its members and source.
import { z } from 'zod';
import type { GroupMember, GroupingSummary } from '../../core/groupings/grouping.ts';
import { describes, source } from './common.schema.ts';

const kind = z
  .string()
  .describe('As the source classifies it: forum, alliance, union, export-control regime …');

export const groupListBody = z.object({
  items: z.array(
    describes<Omit<GroupingSummary, 'sourceId'>>()(
      z.object({ code: z.string(), name: z.string(), kind, memberCount: z.number() }),
    ),
  ),
});

export const groupBody = z.object({
  code: z.string(),
  name: z.string(),
  kind,
  source: source.nullable(),
  members: z.array(
    describes<GroupMember>()(
      z.object({
        code: z.string().describe('ISO3 for an economy, the body’s code for a supranational (EU)'),
        name: z.string(),
        kind: z.enum(['economy', 'supranational']),
        status: z.string().describe('As the source states it: member, participating state …'),
        asOf: z.string().nullable(),
        sourceUrls: z.array(z.string()),
        notes: z.string().nullable(),
      }),
    ),
  ),
});
