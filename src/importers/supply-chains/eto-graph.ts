// ETO stages.csv, inputs.csv and sequence.csv: the chain's stages, its inputs and the edges
// between them (`goes_into`: the flow; `is_type_of`: variants of one input).
import { z } from 'zod';
import type { TableRow } from '../read-table.ts';
import type { IssueLog } from './issue-log.ts';
import type {
  Edge,
  EdgeKind,
  Input,
  InputKind,
  Stage,
} from '../../core/supply-chains/supply-chain.ts';
import { optionalText, parseRow, textCell } from './source-cells.ts';

/** The ETO `type` column and the input kind each value stands for. */
export const ETO_INPUT_KINDS: Readonly<Record<string, InputKind>> = {
  design_resource: 'design_resource',
  tool_resource: 'tool',
  material_resource: 'material',
  process: 'process',
  ultimate_output: 'output',
};

const stageRow = z.object({ stage_id: textCell, stage_name: textCell, description: optionalText });

const inputRow = z.object({
  input_id: textCell,
  input_name: textCell,
  type: z
    .string()
    .trim()
    .refine((t) => Object.hasOwn(ETO_INPUT_KINDS, t), {
      error: `must be one of ${Object.keys(ETO_INPUT_KINDS).join(', ')}`,
    })
    .transform((t) => ETO_INPUT_KINDS[t]!),
  stage_id: optionalText,
  stage_name: optionalText,
  description: optionalText,
});

const sequenceRow = z.object({
  input_id: textCell,
  goes_into_id: optionalText,
  is_type_of_id: optionalText,
  input_name: optionalText,
  goes_into_name: optionalText,
  is_type_of_name: optionalText,
});

export const STAGE_COLUMNS = Object.keys(stageRow.shape);
export const INPUT_COLUMNS = Object.keys(inputRow.shape);
export const SEQUENCE_COLUMNS = Object.keys(sequenceRow.shape);

export function parseEtoStages(
  file: string,
  rows: readonly TableRow[],
  absent: readonly string[],
  log: IssueLog,
): Stage[] {
  const stages = new Map<string, { line: number; stage: Stage }>();
  for (const tableRow of rows) {
    const r = parseRow(stageRow, file, tableRow, log, absent);
    if (!r) continue;
    const earlier = stages.get(r.stage_id);
    if (earlier) {
      log.bad(file, tableRow.line, 'stage_id', `repeats line ${earlier.line}`, r.stage_id);
      continue;
    }
    const stage: Stage = {
      id: r.stage_id,
      name: r.stage_name,
      ...(r.description !== null && { description: r.description }),
    };
    stages.set(r.stage_id, { line: tableRow.line, stage });
  }
  return [...stages.values()].map((s) => s.stage);
}

export function parseEtoInputs(
  file: string,
  rows: readonly TableRow[],
  absent: readonly string[],
  log: IssueLog,
  stages: readonly Stage[],
): Input[] {
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const lines = new Map<string, number>();
  const inputs: Input[] = [];
  for (const tableRow of rows) {
    const { line } = tableRow;
    const r = parseRow(inputRow, file, tableRow, log, absent);
    if (!r) continue;
    const stage = r.stage_id === null ? undefined : stageById.get(r.stage_id);
    if (r.stage_id !== null && !stage) {
      log.bad(file, line, 'stage_id', `'${r.stage_id}' is not in stages.csv`, r.stage_id);
      continue;
    }
    if (stageById.has(r.input_id) || lines.has(r.input_id)) {
      const where = lines.has(r.input_id) ? `line ${lines.get(r.input_id)}` : 'stages.csv';
      log.bad(file, line, 'input_id', `'${r.input_id}' is already used (${where})`, r.input_id);
      continue;
    }
    if (stage && r.stage_name && r.stage_name !== stage.name)
      log.noteRename(file, line, stage.id, r.stage_name, stage.name);
    lines.set(r.input_id, line);
    inputs.push({
      id: r.input_id,
      name: r.input_name,
      kind: r.type,
      stage: stage?.id ?? null,
      ...(r.description !== null && { description: r.description }),
    });
  }
  log.flushRenames(file, 'a stage');
  return inputs;
}

/**
 * Reads sequence.csv: a row says that `input_id` goes into `goes_into_id`, or is a type of
 * `is_type_of_id` (or both, giving two edges). `inputs` maps input ids to their names: edges join
 * inputs only (stages are lanes, not nodes).
 */
export function parseEtoSequence(
  file: string,
  rows: readonly TableRow[],
  absent: readonly string[],
  log: IssueLog,
  inputs: ReadonlyMap<string, string>,
): Edge[] {
  const edges = new Map<string, { line: number; edge: Edge }>();
  for (const tableRow of rows) {
    const { line } = tableRow;
    const r = parseRow(sequenceRow, file, tableRow, log, absent);
    if (!r) continue;
    const targets: [EdgeKind, string, string | null][] = [];
    if (r.goes_into_id) targets.push(['goes_into', r.goes_into_id, r.goes_into_name]);
    if (r.is_type_of_id) targets.push(['is_type_of', r.is_type_of_id, r.is_type_of_name]);
    if (targets.length === 0) {
      log.bad(file, line, 'goes_into_id', 'neither goes_into_id nor is_type_of_id is given');
      continue;
    }
    let ok = inputs.has(r.input_id);
    if (!ok)
      log.bad(file, line, 'input_id', `'${r.input_id}' is not an input (inputs.csv)`, r.input_id);
    for (const [kind, to] of targets) {
      const field = `${kind}_id`;
      if (!inputs.has(to)) {
        log.bad(file, line, field, `'${to}' is not an input (inputs.csv)`, to);
        ok = false;
      } else if (to === r.input_id) {
        log.bad(file, line, field, `'${to}' points to itself`, to);
        ok = false;
      }
    }
    if (!ok) continue;
    if (r.input_name && r.input_name !== inputs.get(r.input_id))
      log.noteRename(file, line, r.input_id, r.input_name, inputs.get(r.input_id)!);
    for (const [kind, to, name] of targets) {
      if (name && name !== inputs.get(to)) log.noteRename(file, line, to, name, inputs.get(to)!);
      const key = `${r.input_id}|${kind}|${to}`;
      const earlier = edges.get(key);
      if (earlier) {
        log.warn(`${file} line ${line}: repeats the edge on line ${earlier.line}; kept once`);
        continue;
      }
      edges.set(key, { line, edge: { from: r.input_id, to, kind } });
    }
  }
  log.flushRenames(file, 'an input');
  return [...edges.values()].map((e) => e.edge);
}
