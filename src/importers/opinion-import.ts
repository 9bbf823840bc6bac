// The import of a Pol.is export folder (`polis`: comments.csv, votes.csv, participants-votes.csv,
// summary.csv) as a conversation stored under `--code`: in one transaction, the conversation's
// record (title and description from summary.csv; a new one alliance-only and closed), the
// statements, participants and votes the store does not hold yet, and the moderation of statements
// Polis changed since. A second import of the same folder changes nothing; a later export of the
// same conversation adds what is new. Bad rows are RowIssues (file, line, field) and, unless bad
// rows are to be skipped, nothing is written.
import { relative } from 'node:path';
import { DomainError } from '../core/errors.ts';
import { CONVERSATION_CODE } from '../core/opinion/conversation.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import type { Store } from '../db/store.ts';
import type { ImportRequest } from './import-runner.ts';
import { parsePolisExport } from './opinion/polis-export.parser.ts';
import { finishImport } from './write-import.ts';

export const OPINION_FORMATS = {
  polis: {
    description:
      'Pol.is export folder (comments.csv, votes.csv, participants-votes.csv, summary.csv) as a conversation; --code is required',
  },
} as const;

export type OpinionFormat = keyof typeof OPINION_FORMATS;
export const isOpinionFormat = (format: string): format is OpinionFormat =>
  Object.hasOwn(OPINION_FORMATS, format);

const voteKey = (v: { participant: string; statement: string; value: number; at: string }) =>
  `${v.participant}\u0000${v.statement}\u0000${v.value}\u0000${v.at}`;

/** Imports a Polis export folder under `req.options.code` (see the header). */
export async function importPolis(store: Store, req: ImportRequest): Promise<ImportSummary> {
  const started = performance.now();
  const { code, ...others } = req.options ?? {};
  const unknown = Object.keys(others);
  if (unknown.length > 0)
    throw new DomainError(
      'validation_failed',
      `--${unknown[0]}: the polis format takes only --code`,
      unknown.map((o) => ({ path: o, message: 'not an option of this format' })),
    );
  if (code === undefined)
    throw new DomainError('validation_failed', '--code is required: the conversation to store', [
      { path: 'code', message: 'e.g. brexit-consensus' },
    ]);
  if (!CONVERSATION_CODE.test(code))
    throw new DomainError(
      'validation_failed',
      `--code: '${code}' must be 2–40 lower-case letters, digits or -`,
      [{ path: 'code', message: 'e.g. brexit-consensus' }],
    );
  const existing = await store.conversations.get(code);
  if (existing && existing.source !== 'polis')
    throw new DomainError(
      'conflict',
      `conversation '${code}' was started on the platform: a Polis export cannot be imported into it`,
    );

  const parsed = parsePolisExport(req.file);
  const { statements, participants, votes } = parsed.conversation;
  const file = relative(process.cwd(), req.file) || req.file;
  if (statements.length === 0 && (parsed.issues.length === 0 || req.skipBadRows))
    throw new DomainError('bad_file', `${req.file}: no comment could be read`);
  const rejected = new Set(parsed.issues.map((i) => `${i.file}\u0000${i.line}`)).size;

  return finishImport(
    store,
    {
      format: req.format,
      file,
      rowsRead: statements.length + participants.length + votes.length + rejected,
      rejected,
      setAside: {},
      issues: parsed.issues,
      warnings: parsed.warnings,
    },
    { skipBadRows: req.skipBadRows ?? false, started },
    async (tx) => {
      const now = new Date().toISOString();
      let inserted = 0;
      let updated = 0;
      let unchanged = 0;
      const current = await tx.conversations.get(code);
      const title = parsed.summary.topic?.trim() || code;
      const description = parsed.summary['conversation-description']?.trim() ?? '';
      if (!current) {
        await tx.conversations.save({
          code,
          title,
          description,
          proposalId: null,
          confidentiality: 'alliance',
          open: false,
          source: 'polis',
          createdBy: `import:${req.format}`,
          createdAt: now,
        });
        inserted++;
      } else if (current.title !== title || current.description !== description) {
        await tx.conversations.save({ ...current, title, description });
        updated++;
      } else unchanged++;

      const stored = new Map((await tx.conversations.statements(code)).map((s) => [s.id, s]));
      const fresh = [];
      for (const s of statements) {
        const had = stored.get(s.id);
        if (!had) fresh.push({ ...s, createdAt: now });
        else if (had.moderation !== s.moderation) {
          await tx.conversations.setModeration(code, s.id, s.moderation);
          updated++;
        } else unchanged++;
      }
      inserted += await tx.conversations.addStatements(code, fresh);

      const known = new Set((await tx.conversations.participants(code)).map((p) => p.id));
      const newcomers = participants
        .filter((p) => !known.has(p.id))
        .map((p) => ({ ...p, accountId: null }));
      unchanged += participants.length - newcomers.length;
      inserted += await tx.conversations.addParticipants(code, newcomers);

      const logged = new Set((await tx.conversations.votes(code)).map(voteKey));
      const newVotes = votes.filter((v) => !logged.has(voteKey(v)));
      unchanged += votes.length - newVotes.length;
      inserted += await tx.conversations.addVotes(code, newVotes);
      return { inserted, updated, unchanged };
    },
  );
}
