// The shapes of POST /api/v1/power (src/http/power.routes.ts, src/services/power.service.ts), as
// the web UI sends and reads them.
import type { Source } from './api-types.ts';

export type PowerRule = 'weighted' | 'double-majority';
/** Weights looked up instead of given. */
export type PowerWeightBasis = 'population' | 'gdp' | 'equal';

export interface PowerRequestMember {
  member: string;
  weight?: number;
}

/** The request body: a weighted quota (with an optional cap) or a double majority. */
export interface PowerRequestBody {
  rule: PowerRule;
  members: PowerRequestMember[];
  weight?: PowerWeightBasis;
  /** Warn above this share of power (0–1); the API's default is 0.4. */
  maxPowerShare?: number;
  quota?: number;
  quotaPct?: number;
  capPct?: number;
  membersPct?: number;
  weightPct?: number;
}

export interface PowerMember {
  member: string;
  /** The economy's name when the member is one. */
  name: string | null;
  /** As given, or looked up (people, US$, 1). */
  weight: number;
  /** After the cap, when there is one. */
  cappedWeight: number | null;
  /** The whole-number weight the count used. */
  units: number;
  /** The year of a looked-up weight. */
  year: number | null;
  /** Normalised Banzhaf index, 0–1. */
  banzhaf: number;
  /** Shapley–Shubik index, 0–1. */
  shapleyShubik: number;
  /** 0–1. */
  weightShare: number;
  /** Banzhaf / weight share; null for a weight of 0. */
  powerToWeight: number | null;
}

export type PowerWarningCode =
  'can-pass-alone' | 'can-block-alone' | 'dominant-member' | 'dummy' | 'no-swings';

export interface PowerWarning {
  /** A {@link PowerWarningCode}; typed loosely so a newer API's codes still pass through. */
  code: string;
  member?: string;
  message: string;
}

export interface PowerAudit {
  /** The rule in words, e.g. "Weighted majority: quota 4 of 7". */
  rule: string;
  members: PowerMember[];
  /** A coalition wins with at least this many members and this many weight units. */
  thresholds: { members: number; weight: number };
  totalUnits: number;
  /** True when the weights were scaled to whole units adding up to about 100,000. */
  scaled: boolean;
  blocking: {
    canBlockAlone: string[];
    canPassAlone: string[];
    blockingPairs: [string, string][];
  };
  warnings: PowerWarning[];
  /** Where looked-up weights come from (empty for given or equal weights). */
  sources: Source[];
}
