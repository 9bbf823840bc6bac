// Reads a Pol.is export folder (the Computational Democracy Project's open data layout) into the
// conversation model: comments.csv (statements), votes.csv (the vote log), participants-votes.csv
// (one row per participant, with Polis's own `group-id`) and summary.csv (key,value pairs without
// a header). Bad rows are reported as RowIssues with file, line and field and left out; the
// parser throws (DomainError `bad_file`) only when a required file or column is missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { RowIssue } from '../../core/imports/import-report.ts';
import type {
  Conversation,
  ConversationParticipant,
  Moderation,
  Statement,
  Vote,
  VoteValue,
} from '../../core/opinion/conversation.ts';
import { readTable, readText } from '../read-table.ts';

export const POLIS_COMMENTS_COLUMNS = [
  'timestamp',
  'comment-id',
  'author-id',
  'moderated',
  'comment-body',
] as const;
export const POLIS_VOTES_COLUMNS = ['timestamp', 'comment-id', 'voter-id', 'vote'] as const;
export const POLIS_PARTICIPANTS_COLUMNS = ['participant', 'group-id'] as const;

export interface ParsedPolisExport {
  conversation: Conversation;
  /** summary.csv's pairs (`topic`, `url`, `conversation-description` …); empty without the file. */
  summary: Record<string, string>;
  /** Polis's group of each participant at export time (null: not grouped), from participants-votes.csv. */
  polisGroups: Map<string, string | null>;
  issues: RowIssue[];
  warnings: string[];
}

const ID = /^\d+$/;
const MODERATION: Record<string, Moderation> = {
  '1': 'accepted',
  '0': 'pending',
  '-1': 'rejected',
};
const VOTE: Record<string, VoteValue> = { '1': 1, '-1': -1, '0': 0 };

/** Milliseconds since the epoch → ISO 8601, or null. */
function instant(raw: string): string | null {
  if (!/^\d{1,15}$/.test(raw.trim())) return null;
  const d = new Date(Number(raw.trim()));
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/**
 * Parses the export in `folder`. Statements keep Polis's moderation (1 accepted, 0 pending,
 * −1 rejected); their language is unknown (null) and none is marked a seed (the export does not
 * say). Participants come from participants-votes.csv and every voter (economy and constituency
 * null: Polis does not record them). Votes keep every event; the analysis reads the latest.
 */
export function parsePolisExport(folder: string): ParsedPolisExport {
  const issues: RowIssue[] = [];
  const warnings: string[] = [];
  const bad = (file: string, line: number, field: string, reason: string, value?: string): void => {
    issues.push({
      file,
      line,
      field,
      reason,
      ...(value !== undefined && value !== '' && { value: value.slice(0, 80) }),
    });
  };

  const commentsFile = join(folder, 'comments.csv');
  const comments = readTable(commentsFile, POLIS_COMMENTS_COLUMNS);
  const statements: Statement[] = [];
  const statementIds = new Set<string>();
  for (const { line, record: r } of comments.rows) {
    const before = issues.length;
    if (r['#cells'] !== undefined)
      bad(
        commentsFile,
        line,
        'comment-body',
        `has ${r['#cells']} cells, the header ${comments.columns.length}`,
      );
    const id = r['comment-id']!.trim();
    if (!ID.test(id)) bad(commentsFile, line, 'comment-id', 'is not a whole number', id);
    else if (statementIds.has(id)) bad(commentsFile, line, 'comment-id', 'is given twice', id);
    const author = r['author-id']!.trim();
    if (author !== '' && !ID.test(author))
      bad(commentsFile, line, 'author-id', 'is not a whole number', author);
    const moderation = MODERATION[r.moderated!.trim()];
    if (!moderation) bad(commentsFile, line, 'moderated', 'is not 1, 0 or -1', r.moderated);
    const text = r['comment-body']!.trim();
    if (text === '') bad(commentsFile, line, 'comment-body', 'is empty');
    if (issues.length > before) continue;
    statementIds.add(id);
    statements.push({
      id,
      text,
      language: null,
      moderation: moderation!,
      seed: false,
      author: author === '' ? null : author,
    });
  }
  statements.sort((a, b) => Number(a.id) - Number(b.id));

  const participantsFile = join(folder, 'participants-votes.csv');
  const participants: ConversationParticipant[] = [];
  const known = new Set<string>();
  const polisGroups = new Map<string, string | null>();
  if (existsSync(participantsFile)) {
    const table = readTable(participantsFile, POLIS_PARTICIPANTS_COLUMNS);
    for (const { line, record: r } of table.rows) {
      const id = r.participant!.trim();
      const group = r['group-id']!.trim();
      if (!ID.test(id)) bad(participantsFile, line, 'participant', 'is not a whole number', id);
      else if (known.has(id)) bad(participantsFile, line, 'participant', 'is given twice', id);
      else if (group !== '' && !ID.test(group))
        bad(participantsFile, line, 'group-id', 'is not a whole number', group);
      else {
        known.add(id);
        participants.push({ id, economy: null, constituency: null });
        polisGroups.set(id, group === '' ? null : group);
      }
    }
  } else warnings.push(`${participantsFile}: not found; participants are the voters of votes.csv`);

  const votesFile = join(folder, 'votes.csv');
  const table = readTable(votesFile, POLIS_VOTES_COLUMNS);
  const votes: Vote[] = [];
  const unknownStatements = new Set<string>();
  for (const { line, record: r } of table.rows) {
    const before = issues.length;
    const statement = r['comment-id']!.trim();
    const participant = r['voter-id']!.trim();
    const value = VOTE[r.vote!.trim()];
    const at = instant(r.timestamp!);
    if (!ID.test(statement)) bad(votesFile, line, 'comment-id', 'is not a whole number', statement);
    else if (!statementIds.has(statement)) {
      bad(votesFile, line, 'comment-id', 'is not a comment of comments.csv', statement);
      unknownStatements.add(statement);
    }
    if (!ID.test(participant))
      bad(votesFile, line, 'voter-id', 'is not a whole number', participant);
    if (value === undefined) bad(votesFile, line, 'vote', 'is not 1, -1 or 0', r.vote);
    if (at === null)
      bad(votesFile, line, 'timestamp', 'is not milliseconds since 1970', r.timestamp);
    if (issues.length > before) continue;
    if (!known.has(participant)) {
      known.add(participant);
      participants.push({ id: participant, economy: null, constituency: null });
      if (polisGroups.size > 0)
        warnings.push(
          `${votesFile}: line ${line}: voter ${participant} is not in participants-votes.csv`,
        );
    }
    votes.push({ participant, statement, value: value!, at: at! });
  }

  const summary: Record<string, string> = {};
  const summaryFile = join(folder, 'summary.csv');
  if (existsSync(summaryFile)) {
    try {
      const records: string[][] = parse(readText(summaryFile), {
        bom: true,
        relax_column_count: true,
        skip_empty_lines: true,
      });
      for (const [key, ...rest] of records) if (key) summary[key.trim()] = rest.join(',').trim();
    } catch (e) {
      warnings.push(`${summaryFile}: not readable as CSV (${(e as Error).message}); ignored`);
    }
  }
  return {
    conversation: { statements, participants, votes },
    summary,
    polisGroups,
    issues,
    warnings,
  };
}
