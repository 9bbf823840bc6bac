// The import formats of the policy registry, by the name `techalliance import <format> <file>`
// takes: each a parser of one file into PolicyInstrument records (core/policies/instrument.ts),
// given the topic tree that assigns their topics. Storage is importers/policy-import.ts.
import type { PolicyTopic } from '../../core/policies/instrument.ts';
import { parseAgora } from './agora.parser.ts';
import { parseOecdAi } from './oecd-ai.parser.ts';
import type { ParsedPolicies } from './parsed-policies.ts';
import { parseStip } from './stip.parser.ts';

export type PolicyFormatName = 'oecd-ai' | 'stip' | 'agora';

export interface PolicyFormat {
  /** One line for `--help` and docs. */
  description: string;
  /** Parses one file; never throws on a bad record, throws a DomainError naming a bad file. */
  parse(file: string, topics: readonly PolicyTopic[]): ParsedPolicies;
}

export const POLICY_FORMATS: Readonly<Record<PolicyFormatName, PolicyFormat>> = {
  'oecd-ai': {
    description:
      'OECD.AI policy corpus with model-coded type and bindingness (lsempe77/ai-governance-capacity master_dataset.csv): one policy instrument per row, flagged model-coded',
    parse: parseOecdAi,
  },
  stip: {
    description:
      'EC-OECD STIP Compass export (one row per initiative and instrument): one policy instrument per initiative, themes as topics',
    parse: (file, topics) => parseStip(file, topics),
  },
  agora: {
    description:
      'ETO AGORA AI-related US federal laws (ai_laws_enacted_by_congress.csv): one binding US law or section per row, tags as topics',
    parse: parseAgora,
  },
};

export const isPolicyFormat = (format: string): format is PolicyFormatName =>
  Object.hasOwn(POLICY_FORMATS, format);
