// Coordination before and after a committee's meetings: which members will attend, the alliance's
// shared position (linked to the governance proposal that agreed it) and, afterwards, the outcome.
// A record is seen by whom its confidentiality admits, as a proposal is (accounts/access.ts).
import { z } from 'zod';

/** Who sees a record: everyone, every signed-in account, or member delegations only. */
export type CoordinationConfidentiality = 'public' | 'alliance' | 'members';

export const COORDINATION_CONFIDENTIALITIES: readonly CoordinationConfidentiality[] = [
  'public',
  'alliance',
  'members',
];

/** One meeting's coordination as the API shows it. */
export interface CoordinationRecord {
  id: string;
  /** The committee's reference. */
  reference: string;
  /** The meeting's date (ISO `YYYY-MM-DD`). */
  meetingDate: string;
  meetingPlace: string | null;
  /** The members (ISO3) that will attend (or attended), sorted. */
  attending: string[];
  /** The alliance's shared position for the meeting. */
  position: string;
  /** The governance proposal the position was agreed in, or null. */
  proposalId: string | null;
  /** What happened at the meeting, recorded afterwards; null until then. */
  outcome: string | null;
  confidentiality: CoordinationConfidentiality;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

/** A record as stored: with the delegation of the account that recorded it. */
export interface StoredCoordination extends CoordinationRecord {
  authorDelegation: string | null;
}

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'is not a calendar date',
  )
  .refine((s) => s >= '1900-01-01' && s <= '2100-12-31', 'must be between 1900 and 2100');

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

const economies = z
  .array(z.string().trim().min(1, 'must not be empty').max(100))
  .max(60, 'at most 60 economies');

/** What a caller gives to record a meeting's coordination. */
export const coordinationInputSchema = z.strictObject({
  reference: z.string().trim().min(1, 'must name a committee').max(100),
  meetingDate: isoDate,
  meetingPlace: text(200).nullable().optional(),
  attending: economies.default([]),
  position: text(10_000).min(1, 'must not be empty'),
  proposalId: z.string().trim().min(1).max(100).nullable().optional(),
  outcome: text(10_000).nullable().optional(),
  confidentiality: z
    .enum(
      COORDINATION_CONFIDENTIALITIES as [
        CoordinationConfidentiality,
        ...CoordinationConfidentiality[],
      ],
    )
    .default('alliance'),
});

export type CoordinationInput = z.input<typeof coordinationInputSchema>;

/** What a caller gives to change a record: the outcome after the meeting, or the plan before it. */
export const coordinationPatchSchema = z
  .strictObject({
    meetingDate: isoDate.optional(),
    meetingPlace: text(200).nullable().optional(),
    attending: economies.optional(),
    position: text(10_000).min(1, 'must not be empty').optional(),
    proposalId: z.string().trim().min(1).max(100).nullable().optional(),
    outcome: text(10_000).nullable().optional(),
    confidentiality: z
      .enum(
        COORDINATION_CONFIDENTIALITIES as [
          CoordinationConfidentiality,
          ...CoordinationConfidentiality[],
        ],
      )
      .optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: 'give at least one field to change',
  });

export type CoordinationPatch = z.input<typeof coordinationPatchSchema>;
