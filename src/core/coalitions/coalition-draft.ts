// Custom coalitions as users give them (code, name, participants with tiers): parsed, checked
// against the reference data, and turned into a Coalition; every problem names the offending code.
import { z } from 'zod';
import { economyLookupMessage, type EconomyLookup } from '../economies/economy-names.ts';
import { DomainError, type ErrorIssue } from '../errors.ts';
import { parseInput } from '../parse-input.ts';
import type { Coalition, Participant, ParticipantKind, Tier } from './coalition.ts';
import { STANDARD_WORKSTREAMS, type Workstream } from './workstream.ts';

export const COALITION_CODE = /^[A-Z][A-Z0-9_]{1,31}$/;

export const participantDraftSchema = z.strictObject({
  code: z.string().trim().min(2, 'must be at least 2 characters').max(40),
  tier: z.enum(['member', 'partner', 'observer', 'stakeholder']),
  /** Needed only for organisations (observers, stakeholders); economies take their own name. */
  name: z.string().trim().min(1).max(120).optional(),
  kind: z.enum(['economy', 'supranational', 'organisation']).optional(),
});

export const workstreamDraftSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(
      /^[a-z][a-z0-9_]{1,31}$/,
      'must be 2–32 lower-case letters, digits or _, e.g. export_controls',
    ),
  name: z.string().trim().min(1, 'must not be empty').max(120),
  tiers: z
    .array(z.enum(['member', 'partner', 'observer', 'stakeholder']))
    .min(1, 'name at least one tier'),
  /** Only these participants (of those tiers); absent or null: every participant of the tiers. */
  participants: z.array(z.string().trim().min(2).max(40)).nullable().optional(),
});

export const coalitionDraftSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(
      z.string().regex(COALITION_CODE, 'must be 2–32 capital letters, digits or _, e.g. T12_NLD'),
    ),
  name: z.string().trim().min(1, 'must not be empty').max(120),
  description: z.string().trim().max(2000).default(''),
  participants: z.array(participantDraftSchema).max(400),
  /** Absent: the standard five workstreams with their default tiers. */
  workstreams: z.array(workstreamDraftSchema).max(50).optional(),
});

/** A copy of a coalition (a grouping too) under a new code, with optional edits: "T12 plus NLD". */
export const coalitionCopySchema = z.strictObject({
  code: coalitionDraftSchema.shape.code,
  /** Absent: the original's name with "(copy)". */
  name: coalitionDraftSchema.shape.name.optional(),
  add: z.array(participantDraftSchema).max(400).optional(),
  remove: z.array(z.string().trim().min(2).max(40)).max(400).optional(),
});

export type CoalitionDraft = z.output<typeof coalitionDraftSchema>;
export type ParticipantDraft = z.output<typeof participantDraftSchema>;
export type CoalitionCopy = z.output<typeof coalitionCopySchema>;

/** What a draft is checked against. */
export interface DraftContext {
  /** ISO3 → name of every economy in the reference table. */
  economies: ReadonlyMap<string, string>;
  /** Code → name of the supranational bodies (EU, AU). */
  supranational: ReadonlyMap<string, string>;
  /** Codes that may not name a custom coalition (the groupings). */
  reservedCodes: ReadonlySet<string>;
  /**
   * Economies by name (`economyLookup` of core/economies): with it, a participant that is neither
   * an ISO3 code nor a supranational body may be given by name ("Taiwan", "South Korea").
   */
  lookup?: (text: string) => EconomyLookup;
}

/** Which tiers each kind of participant may hold. */
const TIERS_BY_KIND: Record<ParticipantKind, readonly Tier[]> = {
  economy: ['member', 'partner'],
  supranational: ['member'],
  organisation: ['observer', 'stakeholder'],
};

/** Parses unknown input (a request body, a JSON file) into a draft; issues name the path. */
export function parseCoalitionDraft(input: unknown): CoalitionDraft {
  return parseInput(coalitionDraftSchema, input, 'coalition');
}

function resolveKind(p: ParticipantDraft, code: string, ctx: DraftContext): ParticipantKind | null {
  if (p.kind) return p.kind;
  if (ctx.economies.has(code)) return 'economy';
  if (ctx.supranational.has(code)) return 'supranational';
  if (p.tier === 'observer' || p.tier === 'stakeholder') return 'organisation';
  return null;
}

/**
 * Checks a draft and builds the coalition. Rejects, naming the participant's code: an unknown
 * economy, a participant listed twice (also a partner that is also a member), a tier its kind
 * may not hold (an economy as observer, an organisation as member), an organisation without a
 * name, and a code that belongs to a grouping.
 */
export function buildCoalition(draft: CoalitionDraft, ctx: DraftContext): Coalition {
  const issues: ErrorIssue[] = [];
  if (ctx.reservedCodes.has(draft.code))
    issues.push({ path: 'code', message: `'${draft.code}' is a grouping's code; choose another` });
  const seen = new Map<string, { index: number; tier: Tier }>();
  const participants: Participant[] = [];
  draft.participants.forEach((p, index) => {
    const path = `participants.${index}.code`;
    let code = p.kind === 'organisation' ? p.code : p.code.toUpperCase();
    // An economy given by name: resolved to its ISO3 before anything else (so "Japan" and "JPN"
    // are one participant); an ambiguous name is an error naming the candidates.
    const byName =
      ctx.lookup !== undefined &&
      p.kind !== 'organisation' &&
      p.kind !== 'supranational' &&
      !ctx.economies.has(code) &&
      !ctx.supranational.has(code) &&
      (p.kind === 'economy' || p.tier === 'member' || p.tier === 'partner');
    if (byName) {
      const r = ctx.lookup!(p.code);
      if (r.kind === 'found') code = r.iso3;
      else {
        issues.push({ path, message: economyLookupMessage(p.code, r) });
        return;
      }
    }
    const earlier = seen.get(code);
    if (earlier) {
      issues.push({
        path,
        message:
          earlier.tier === p.tier
            ? `${code} is listed twice (also participants.${earlier.index})`
            : `${code} is both ${earlier.tier} and ${p.tier}: a participant has one tier`,
      });
      return;
    }
    seen.set(code, { index, tier: p.tier });
    const kind = resolveKind(p, code, ctx);
    if (kind === null || (kind === 'economy' && !ctx.economies.has(code))) {
      issues.push({
        path,
        message: `unknown economy '${code}' (expected an ISO 3166 alpha-3 code)`,
      });
      return;
    }
    if (kind === 'supranational' && !ctx.supranational.has(code)) {
      issues.push({ path, message: `unknown supranational body '${code}'` });
      return;
    }
    if (!TIERS_BY_KIND[kind].includes(p.tier)) {
      issues.push({
        path: `participants.${index}.tier`,
        message: `${code} (${kind}) cannot be ${p.tier}; allowed: ${TIERS_BY_KIND[kind].join(', ')}`,
      });
      return;
    }
    const name =
      kind === 'economy'
        ? ctx.economies.get(code)!
        : kind === 'supranational'
          ? ctx.supranational.get(code)!
          : p.name;
    if (!name) {
      issues.push({
        path: `participants.${index}.name`,
        message: `organisation ${code} needs a name`,
      });
      return;
    }
    participants.push({ code, name, kind, tier: p.tier });
  });
  const workstreams = checkWorkstreams(draft, participants, issues);
  if (issues.length > 0)
    throw new DomainError(
      'validation_failed',
      `invalid coalition ${draft.code}: ${issues.map((i) => i.message).join('; ')}`,
      issues,
    );
  return {
    workstreams,
    code: draft.code,
    name: draft.name,
    description: draft.description,
    participants,
    origin: 'custom',
  };
}

/** Workstreams of a draft, checked: unique codes, participants that are in the coalition. */
function checkWorkstreams(
  draft: CoalitionDraft,
  participants: Participant[],
  issues: ErrorIssue[],
): Workstream[] {
  if (draft.workstreams === undefined)
    return STANDARD_WORKSTREAMS.map((w) => ({ ...w, tiers: [...w.tiers] }));
  // Codes match case-insensitively and are stored as the participant's own code (organisations
  // keep the case they were given).
  const byCode = new Map(participants.map((p) => [p.code.toUpperCase(), p.code]));
  const seen = new Set<string>();
  return draft.workstreams.map((w, i) => {
    if (seen.has(w.code))
      issues.push({
        path: `workstreams.${i}.code`,
        message: `workstream ${w.code} is listed twice`,
      });
    seen.add(w.code);
    let list: string[] | null = null;
    if (w.participants !== undefined && w.participants !== null) {
      list = [];
      w.participants.forEach((given, j) => {
        const code = byCode.get(given.toUpperCase());
        if (code === undefined)
          issues.push({
            path: `workstreams.${i}.participants.${j}`,
            message: `${given} takes part in workstream ${w.code} but is not a participant of the coalition`,
          });
        else list!.push(code);
      });
    }
    return { code: w.code, name: w.name, tiers: [...new Set(w.tiers)], participants: list };
  });
}

/** A coalition as a draft again (for copying and editing). */
export function draftOf(c: Coalition): CoalitionDraft {
  return {
    code: c.code,
    name: c.name,
    description: c.description,
    participants: c.participants.map((p) => ({
      code: p.code,
      tier: p.tier,
      kind: p.kind,
      ...(p.kind === 'organisation' ? { name: p.name } : {}),
    })),
    ...(c.workstreams
      ? { workstreams: c.workstreams.map((w) => ({ ...w, tiers: [...w.tiers] })) }
      : {}),
  };
}

/**
 * Applies edits to a draft: participants to add (or whose tier to change) and codes to remove.
 * Used for "add", "remove" and "copy T12 as T12_NLD plus NLD".
 */
export function editDraft(
  draft: CoalitionDraft,
  edits: { add?: readonly ParticipantDraft[]; remove?: readonly string[] },
): CoalitionDraft {
  const remove = new Set((edits.remove ?? []).map((c) => c.toUpperCase()));
  const addCodes = new Set((edits.add ?? []).map((p) => p.code.toUpperCase()));
  const kept = draft.participants.filter(
    (p) => !remove.has(p.code.toUpperCase()) && !addCodes.has(p.code.toUpperCase()),
  );
  const workstreams = draft.workstreams?.map((w) => ({
    ...w,
    participants: w.participants?.filter((c) => !remove.has(c.toUpperCase())) ?? null,
  }));
  return {
    ...draft,
    participants: [...kept, ...(edits.add ?? [])],
    ...(workstreams ? { workstreams } : {}),
  };
}
