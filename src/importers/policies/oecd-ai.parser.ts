// Parser for the OECD.AI policy corpus with model-coded attributes (format `oecd-ai`; the
// lsempe77/ai-governance-capacity `master_dataset.csv`, 2,216 policy documents): one record per
// row, id `oecd-ai:<entry_id>`.
//
// - Jurisdiction: `jurisdiction` through the table of core/policies/jurisdictions.ts; an unknown
//   name rejects the row. Five rows give no jurisdiction at all (UNESCO and UN documents): they are
//   set aside and counted, not guessed from their titles.
// - Type: `policy_type` was assigned by the project's LLM ensemble, not by OECD, so every record
//   is flagged `typeModelCoded`. POLICY_TYPES below maps its values; a value it does not know
//   gives `other` (and a warning counts them).
// - Bindingness: `binding_nature` (also model-coded: `bindingModelCoded`): Hard law and Binding
//   regulation → binding, Soft law → soft-law, Non-binding → non-binding, empty → unknown; any
//   other value rejects the row.
// - Status: the corpus gives none. The records are policies a government or organisation has
//   issued (OECD.AI lists initiatives, not bills), so each is `adopted`; no date is recorded for
//   it, because `year` is the year OECD.AI gives, which can be a start year rather than the
//   adoption date.
// - Year: `year` (a float, `2018.0`) as a whole year; empty → undated.
// - Topics: `ai` for every record, and the children that `policy_type` or title keywords map
//   (core/policies/taxonomy.ts). Source tags keep `policy_type` and `binding_nature` verbatim.
// - The corpus gives no description, link or responsible body; its scores are the project's
//   constructs and are not imported.
import type {
  Bindingness,
  InstrumentType,
  PolicyInstrument,
  PolicyTopic,
} from '../../core/policies/instrument.ts';
import { topicsFor } from '../../core/policies/taxonomy.ts';
import { readTable } from '../read-table.ts';
import {
  jurisdictionCell,
  lineCell,
  MAX_TITLE,
  PolicyIssues,
  spacedWarning,
  yearCell,
  type ParsedPolicies,
} from './parsed-policies.ts';

export const OECD_AI_COLUMNS = [
  'entry_id',
  'title',
  'jurisdiction',
  'year',
  'policy_type',
  'binding_nature',
] as const;

export const OECD_AI_CITATION =
  'OECD.AI Policy Observatory, policy initiatives, via lsempe77/ai-governance-capacity (master_dataset.csv); policy_type and binding_nature assigned by the project’s LLM ensemble';

/** Why rows are set aside (keys of `setAside`). */
export const OECD_AI_SET_ASIDE = {
  noJurisdiction: 'no jurisdiction given in the source',
} as const;

/**
 * The corpus's `policy_type` values (model-coded) and the instrument type each is read as.
 * Laws and regulations by name; strategies, plans and roadmaps as strategy; frameworks,
 * guidelines, recommendations, principles, declarations and standards documents as guideline
 * (OECD.AI frameworks are mostly non-binding guidance); programmes, grants and initiatives as
 * programme; reports, studies, consultations, agreements and news as other.
 */
export const POLICY_TYPES: Readonly<Record<string, InstrumentType>> = {
  Legislation: 'law',
  Regulation: 'regulation',
  'Regulatory Framework': 'regulation',
  Directive: 'regulation',
  Ordinance: 'regulation',
  Decision: 'regulation',
  'Executive Order': 'executive-order',
  Strategy: 'strategy',
  'Action Plan': 'strategy',
  Roadmap: 'strategy',
  'Road Map': 'strategy',
  'Strategic plan': 'strategy',
  Blueprint: 'strategy',
  Vision: 'strategy',
  Agenda: 'strategy',
  Policy: 'strategy',
  Concept: 'strategy',
  'White Paper': 'strategy',
  Whitepaper: 'strategy',
  Framework: 'guideline',
  Guideline: 'guideline',
  Recommendation: 'guideline',
  Recommendations: 'guideline',
  Charter: 'guideline',
  Declaration: 'guideline',
  Resolution: 'guideline',
  Manifesto: 'guideline',
  Instruction: 'guideline',
  Standards: 'guideline',
  Standard: 'guideline',
  Program: 'programme',
  'Grant Program': 'programme',
  'Funding opportunity': 'programme',
  Initiative: 'programme',
  Curriculum: 'programme',
  Other: 'other',
  Report: 'other',
  Review: 'other',
  Study: 'other',
  'Feasibility Study': 'other',
  'Case Study': 'other',
  Research: 'other',
  'Discussion Paper': 'other',
  'Technical Paper': 'other',
  Summary: 'other',
  Consultation: 'other',
  'Request for Information': 'other',
  'Prior Information Notice': 'other',
  Communication: 'other',
  'Press release': 'other',
  News: 'other',
  'Legal Opinion': 'other',
  'Position Statement': 'other',
  'Joint Media Statement': 'other',
  Agreement: 'other',
  'Memorandum of Understanding': 'other',
  Memorandum: 'other',
  'Operational Arrangement': 'other',
  Protocol: 'other',
};

const BINDING: Readonly<Record<string, Bindingness | null>> = {
  'hard law': 'binding',
  'binding regulation': 'binding',
  'soft law': 'soft-law',
  'non-binding': 'non-binding',
  '': null,
};

const ENTRY_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Reads the OECD.AI corpus; never throws on a bad row; throws a DomainError for a bad file. */
export function parseOecdAi(file: string, topics: readonly PolicyTopic[]): ParsedPolicies {
  const table = readTable(file, OECD_AI_COLUMNS);
  const log = new PolicyIssues(file);
  const instruments: PolicyInstrument[] = [];
  const seen = new Map<string, number>();
  const unknownTypes = new Map<string, number>();
  let spaced = 0;
  for (const { line, record } of table.rows) {
    const cell = (c: string): string => record[c] ?? '';
    if (record['#cells'] !== undefined)
      log.issue(
        line,
        'entry_id',
        `has ${record['#cells']} cells, the header ${table.columns.length}`,
      );
    const id = cell('entry_id').trim();
    if (!ENTRY_ID.test(id))
      log.issue(line, 'entry_id', id === '' ? 'is empty' : 'is not an entry id', id);
    else if (seen.has(id))
      log.issue(line, 'entry_id', `repeats the entry of line ${seen.get(id)}`, id);
    else seen.set(id, line);
    const title = lineCell(log, line, 'title', cell('title'), { required: true, max: MAX_TITLE });
    if (title.spaced) spaced++;
    const place = cell('jurisdiction').trim();
    const jurisdiction = place === '' ? null : jurisdictionCell(log, line, 'jurisdiction', place);
    const year = yearCell(log, line, 'year', cell('year'));
    const policyType = lineCell(log, line, 'policy_type', cell('policy_type')).value;
    const bindingText = lineCell(log, line, 'binding_nature', cell('binding_nature')).value;
    const binding = BINDING[bindingText.toLowerCase()];
    if (binding === undefined)
      log.issue(
        line,
        'binding_nature',
        `'${bindingText}' is not a bindingness of the corpus (Hard law, Binding regulation, Soft law, Non-binding)`,
        bindingText,
      );
    if (log.rejected(line)) continue;
    if (place === '') {
      log.aside(OECD_AI_SET_ASIDE.noJurisdiction);
      continue;
    }
    let type = POLICY_TYPES[policyType];
    if (type === undefined) {
      type = 'other';
      unknownTypes.set(policyType, (unknownTypes.get(policyType) ?? 0) + 1);
    }
    const sourceTags = [
      ...(policyType ? [`policy_type: ${policyType}`] : []),
      ...(bindingText ? [`binding_nature: ${bindingText}`] : []),
    ];
    instruments.push({
      id: `oecd-ai:${id}`,
      source: 'oecd-ai',
      sourceId: id,
      title: title.value,
      originalTitle: null,
      description: '',
      jurisdiction: jurisdiction!.code,
      jurisdictionKind: jurisdiction!.kind,
      type,
      typeModelCoded: true,
      binding: binding!,
      bindingModelCoded: binding !== null,
      status: 'adopted',
      dates: {},
      year,
      endYear: null,
      topics: topicsFor(topics, 'oecd-ai', policyType ? [policyType] : [], title.value),
      sourceTags,
      responsibleBody: '',
      links: [],
      citation: OECD_AI_CITATION,
      confidentiality: 'public',
      authorDelegation: null,
    });
  }
  const warnings: string[] = [];
  if (spaced > 0) warnings.push(spacedWarning(spaced, 'title'));
  for (const [value, n] of unknownTypes)
    warnings.push(
      `${n} record${n === 1 ? '' : 's'} with policy_type '${value}' (not in the mapping) typed 'other'`,
    );
  return {
    instruments,
    issues: log.issues,
    rows: table.rows.length,
    setAside: log.setAside,
    warnings,
  };
}
