// Schemas of /api/v1/economies: the filtered list, and one economy's profile.
import { z } from 'zod';
import { INCOME_GROUPS, type Economy } from '../../core/economies/economy.ts';
import type { Membership } from '../../core/groupings/grouping.ts';
import type { IndicatorSeries } from '../../services/economy.service.ts';
import { describes, source } from './common.schema.ts';
import { indicator } from './indicators.schema.ts';

export const economyListQuery = z.strictObject({
  region: z.string().min(1).max(80).optional().describe('UN M49 region or sub-region, e.g. Europe'),
  income: z.string().min(1).max(40).optional().describe('World Bank income group: H, UM, LM or L'),
  group: z.string().min(1).max(40).optional().describe('Grouping code, e.g. G7'),
});

/** An economy as the API shows it: the reference table's fields and the income group's name. */
export const economy = describes<Economy & { incomeGroup: string | null }>()(
  z.object({
    iso3: z.string(),
    iso2: z.string().nullable(),
    isoNumeric: z.string().nullable(),
    name: z.string(),
    officialName: z.string().nullable(),
    region: z
      .string()
      .nullable()
      .describe('UN M49 region (Africa, Americas, Asia, Europe, Oceania); null for Antarctica'),
    subregion: z.string().nullable(),
    incomeCode: z.enum(['H', 'UM', 'LM', 'L']).nullable().describe('World Bank income group'),
    incomeGroup: z.enum(Object.values(INCOME_GROUPS)).nullable(),
    independence: z
      .string()
      .nullable()
      .describe('Territory status as the reference table states it: Yes, or e.g. Part of NL'),
  }),
).meta({ id: 'Economy' });

export const economyListBody = z.object({ count: z.number(), items: z.array(economy) });

const point = z.object({ year: z.number(), value: z.number(), sourceId: z.string() });

export const economyBody = z.object({
  economy,
  memberships: z.array(
    describes<Membership>()(
      z.object({
        groupCode: z.string(),
        groupName: z.string(),
        status: z.string().describe('As the source states it: member, participating state …'),
      }),
    ),
  ),
  latest: z
    .array(z.object({ indicator, ...point.shape }))
    .describe('The latest value of each indicator with data'),
  series: z.array(
    describes<IndicatorSeries>()(
      z.object({
        indicator,
        points: z.array(point).describe('In year order: the last is the latest value'),
      }),
    ),
  ),
  sources: z.array(source),
});
