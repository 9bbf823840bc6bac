// Conversations on an in-memory database: the Polis import and the map against Polis's own groups,
// participants from two economies voting on a created conversation, the refusals (statement not
// accepted or unknown, conversation closed, anonymous caller, members-only conversation), the
// moderation of participants' statements, the next statement, the governance log (a vote's value
// only salted), and the export read back by the Polis parser.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../test/shared-data.ts';
import { ANONYMOUS, OPERATOR, type Principal, type Role } from '../core/accounts/access.ts';
import type { Constituency } from '../core/accounts/access.ts';
import { DomainError } from '../core/errors.ts';
import { adjustedRandIndex } from '../core/opinion/ari.ts';
import { parsePolisExport } from '../importers/opinion/polis-export.parser.ts';
import { AuditLog, AuditService } from './audit-log.ts';
import { ConversationService } from './conversation.service.ts';
import { DataVersion } from './data-version.ts';
import { runImport } from './import-formats.ts';
import { openPlatform, type Platform } from './platform.ts';
import { inlineHeavyWork } from './worker-pool.ts';

const who = (
  role: Role,
  delegation: string | null,
  id: string,
  constituency: Constituency | null = null,
): Principal => ({
  kind: 'account',
  accountId: id,
  email: `${id}@example.org`,
  name: id,
  role,
  delegation,
  constituency,
});
const SEC = who('secretariat', null, 'sec');
const DEU = who('member_delegate', 'DEU', 'deu');
const JPN = who('partner_delegate', 'JPN', 'jpn');
const OECD = who('observer', 'OECD', 'oecd');
const ACME = who('stakeholder', 'USA', 'acme', 'industry');

let platform: Platform;
let service: ConversationService;
let clock: Date;
beforeEach(async () => {
  platform = await openPlatform('sqlite::memory:', { loadStarter: false });
  clock = new Date('2026-12-01T09:00:00.000Z');
  const audit = new AuditService(platform.store, new AuditLog(platform.auditKey));
  service = new ConversationService(
    platform.store,
    new DataVersion(platform.store),
    inlineHeavyWork(),
    audit,
    () => {
      clock = new Date(clock.getTime() + 1000);
      return clock;
    },
  );
});
afterEach(() => platform.close());

const codeOf = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof DomainError ? e.code : String(e);
  }
};

const SEEDS = ['Compute thresholds should be set in FLOPs.', 'Reporting should be public.'];
const create = (confidentiality: 'public' | 'alliance' | 'members' = 'alliance') =>
  service.create(SEC, {
    code: 'compute',
    title: 'Compute thresholds',
    description: 'Where should reporting start?',
    confidentiality,
    seeds: SEEDS,
  });

warnWithoutSharedData('conversation service on the Polis brexit-consensus export');

describe.skipIf(!hasSharedData)('the Polis import', () => {
  const folder = sharedFile('consultations', 'polis', 'brexit-consensus');

  it('imports once, changes nothing the second time, and maps like Polis', async () => {
    const first = await runImport(platform.store, {
      format: 'polis',
      file: folder,
      options: { code: 'brexit' },
    });
    expect(first).toMatchObject({ written: true, issues: [], updated: 0 });
    const parsed = parsePolisExport(folder);
    const { statements, participants, votes } = parsed.conversation;
    expect(first.inserted).toBe(1 + statements.length + participants.length + votes.length);
    const again = await runImport(platform.store, {
      format: 'polis',
      file: folder,
      options: { code: 'brexit' },
    });
    expect(again).toMatchObject({ written: true, inserted: 0, updated: 0 });
    expect(await platform.store.conversations.voteCount('brexit')).toBe(votes.length);

    const detail = await service.get(SEC, 'brexit');
    expect(detail).toMatchObject({ source: 'polis', open: false, confidentiality: 'alliance' });
    expect(detail.title).toBe(parsed.summary.topic);
    expect(detail.counts.participants).toBe(participants.length);

    const map = await service.groups(SEC, 'brexit', { weight: 'none' });
    const polis: string[] = [];
    const ours: number[] = [];
    for (const p of map.participants) {
      const g = parsed.polisGroups.get(p.id);
      if (g === null || g === undefined) continue;
      polis.push(g);
      ours.push(p.group);
    }
    expect(polis.length).toBeGreaterThan(50);
    expect(map.k).toBe(2);
    expect(adjustedRandIndex(polis, ours)).toBeGreaterThanOrEqual(0.8);
    expect(map.incremental).toBe(false);
    // The same data version: the same answer, not computed again (only the caller's `me` is
    // added per call: the secretariat has no participant).
    const cached = await service.groups(SEC, 'brexit', { weight: 'none' });
    expect(cached.participants).toBe(map.participants);
    expect(cached.groups).toBe(map.groups);
    expect(cached.me).toBeNull();
    expect(map).toMatchObject({ indicator: null, unweighted: 0 });
  });

  it('needs --code, and reports a bad row without writing', async () => {
    expect(await codeOf(runImport(platform.store, { format: 'polis', file: folder }))).toBe(
      'validation_failed',
    );
    const dir = mkdtempSync(join(tmpdir(), 'polis-'));
    try {
      writeFileSync(
        join(dir, 'comments.csv'),
        'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n' +
          '1500000000000,x,0,0,0,0,1,One\n1500000000000,x,1,0,0,0,7,Two\n',
      );
      writeFileSync(
        join(dir, 'votes.csv'),
        'timestamp,datetime,comment-id,voter-id,vote\n1500000000001,x,0,0,1\n',
      );
      const summary = await runImport(platform.store, {
        format: 'polis',
        file: dir,
        options: { code: 'bad' },
      });
      expect(summary.written).toBe(false);
      expect(summary.issues).toEqual([
        expect.objectContaining({ line: 3, field: 'moderated', file: join(dir, 'comments.csv') }),
      ]);
      expect(await platform.store.conversations.get('bad')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a conversation on the platform', () => {
  it('two economies vote and the map includes both; a new vote changes the map incrementally', async () => {
    const created = await create();
    expect(created.statements.map((s) => [s.id, s.moderation, s.seed])).toEqual([
      ['0', 'accepted', true],
      ['1', 'accepted', true],
    ]);
    for (const [p, values] of [
      [DEU, [1, -1]],
      [JPN, [-1, 1]],
    ] as const)
      for (const [i, value] of values.entries())
        await service.vote(p, 'compute', { statement: String(i), value });
    const parts = await platform.store.conversations.participants('compute');
    expect(parts).toEqual([
      { id: '0', economy: 'DEU', constituency: 'member', accountId: 'deu' },
      { id: '1', economy: 'JPN', constituency: 'partner', accountId: 'jpn' },
    ]);
    const map = await service.groups(DEU, 'compute', { weight: 'economy' });
    expect(map.participants.map((p) => p.id).sort()).toEqual(['0', '1']);
    expect(map.groups.reduce((n, g) => n + g.size, 0)).toBe(2);
    // Each group counts its participants by economy and constituency; `me` is the caller's.
    const byGroup = map.groups
      .map((g) => [...g.economies.map((e) => e.economy)])
      .flat()
      .sort();
    expect(byGroup).toEqual(['DEU', 'JPN']);
    expect(map.groups.flatMap((g) => g.constituencies.map((c) => c.constituency)).sort()).toEqual([
      'member',
      'partner',
    ]);
    const mine = map.participants.find((p) => p.id === '0')!;
    expect(map.me).toEqual({ participant: '0', group: mine.group });
    expect((await service.groups(JPN, 'compute', { weight: 'economy' })).me).toMatchObject({
      participant: '1',
    });
    expect((await service.groups(OECD, 'compute', { weight: 'economy' })).me).toBeNull();
    // Indicator weighting: the indicator is required and known; the catalogue has population but
    // this database no values, so nobody would weigh anything.
    expect(await codeOf(service.groups(DEU, 'compute', { weight: 'indicator' }))).toBe(
      'validation_failed',
    );
    expect(await codeOf(service.groups(DEU, 'compute', { indicator: 'population' }))).toBe(
      'validation_failed',
    );
    expect(
      await codeOf(service.groups(DEU, 'compute', { weight: 'indicator', indicator: 'nope' })),
    ).toBe('not_found');
    expect(
      await codeOf(
        service.groups(DEU, 'compute', { weight: 'indicator', indicator: 'population' }),
      ),
    ).toBe('validation_failed');

    // A changed vote appends; the map is computed again, from the previous state.
    await service.vote(DEU, 'compute', { statement: '1', value: 1 });
    expect(await platform.store.conversations.voteCount('compute')).toBe(5);
    const again = await service.groups(DEU, 'compute', { weight: 'economy' });
    expect(again.incremental).toBe(true);
    expect(again.participants.map((p) => p.id).sort()).toEqual(['0', '1']);
  });

  it('refuses votes on rejected, pending or unknown statements, on a closed conversation, and from anonymous callers', async () => {
    await create();
    const mine = await service.addStatement(ACME, 'compute', { text: 'Open weights differ.' });
    expect(mine).toMatchObject({ id: '2', moderation: 'pending', author: '0' });
    expect(await codeOf(service.vote(DEU, 'compute', { statement: '2', value: 1 }))).toBe(
      'conflict',
    );
    await service.moderate(SEC, 'compute', '2', 'rejected');
    expect(await codeOf(service.vote(DEU, 'compute', { statement: '2', value: 1 }))).toBe(
      'conflict',
    );
    expect(await codeOf(service.vote(DEU, 'compute', { statement: '99', value: 1 }))).toBe(
      'not_found',
    );
    expect(await codeOf(service.vote(DEU, 'compute', { statement: '0', value: 2 }))).toBe(
      'validation_failed',
    );
    expect(await codeOf(service.vote(ANONYMOUS, 'compute', { statement: '0', value: 1 }))).toBe(
      'unauthorized',
    );
    expect(await codeOf(service.vote(OPERATOR, 'compute', { statement: '0', value: 1 }))).toBe(
      'forbidden',
    );
    expect(await codeOf(service.setOpen(DEU, 'compute', false))).toBe('forbidden');
    await service.setOpen(SEC, 'compute', false);
    expect(await codeOf(service.vote(DEU, 'compute', { statement: '0', value: 1 }))).toBe(
      'conflict',
    );
    expect(await codeOf(service.addStatement(DEU, 'compute', { text: 'Late.' }))).toBe('conflict');
    expect(await platform.store.conversations.voteCount('compute')).toBe(0);
  });

  it('moderates statements: participants see accepted ones, the secretariat all', async () => {
    await create();
    expect(await codeOf(service.addStatement(DEU, 'compute', { text: 'a\u202eb' }))).toBe(
      'validation_failed',
    );
    expect(await codeOf(service.addStatement(DEU, 'compute', { text: 'x'.repeat(1001) }))).toBe(
      'validation_failed',
    );
    await service.addStatement(DEU, 'compute', { text: 'Ein Satz.', language: 'de' });
    const bySec = await service.addStatement(SEC, 'compute', { text: 'From the secretariat.' });
    expect(bySec).toMatchObject({ id: '3', moderation: 'accepted', author: null });
    expect((await service.get(OECD, 'compute')).statements.map((s) => s.id)).toEqual([
      '0',
      '1',
      '3',
    ]);
    expect((await service.get(SEC, 'compute')).statements.map((s) => s.id)).toEqual([
      '0',
      '1',
      '2',
      '3',
    ]);
    await service.moderate(SEC, 'compute', '2', 'accepted');
    const detail = await service.get(OECD, 'compute');
    expect(detail.statements.find((s) => s.id === '2')).toMatchObject({ language: 'de' });
    expect(detail.counts.statements).toEqual({ accepted: 4, rejected: 0, pending: 0 });
    expect(await codeOf(service.moderate(SEC, 'compute', '42', 'accepted'))).toBe('not_found');
  });

  it('shows the next statement by the documented priority, and null when all are voted', async () => {
    await create();
    // Statement 0 has a vote, 1 none: 1 first. Then 2 (new, no votes) before 1 (newer wins ties).
    await service.vote(DEU, 'compute', { statement: '0', value: 1 });
    expect((await service.next(JPN, 'compute'))?.statement.id).toBe('1');
    await service.addStatement(SEC, 'compute', { text: 'A third.' });
    expect(await service.next(JPN, 'compute')).toMatchObject({
      statement: { id: '2' },
      votes: 0,
      remaining: 3,
    });
    for (const id of ['0', '1', '2'])
      await service.vote(JPN, 'compute', { statement: id, value: 0 });
    expect(await service.next(JPN, 'compute')).toBeNull();
    expect(await codeOf(service.next(ANONYMOUS, 'compute'))).toBe('unauthorized');
  });

  it('hides a members-only conversation from an observer, and logs a vote by ids only', async () => {
    await create('members');
    expect((await service.list(OECD)).map((c) => c.code)).toEqual([]);
    expect(await codeOf(service.get(OECD, 'compute'))).toBe('not_found');
    expect(await codeOf(service.vote(OECD, 'compute', { statement: '0', value: 1 }))).toBe(
      'not_found',
    );
    expect(await codeOf(service.groups(ANONYMOUS, 'compute'))).toBe('not_found');
    expect((await service.list(DEU)).map((c) => c.code)).toEqual(['compute']);
    await service.vote(DEU, 'compute', { statement: '1', value: -1 });
    const entries = await platform.store.auditLog.listBySubject('secretariat');
    const voted = entries.filter((e) => e.type === 'conversation.voted');
    expect(voted).toHaveLength(1);
    const payload = JSON.parse(voted[0]!.payload) as Record<string, unknown>;
    expect(payload).toMatchObject({ conversation: 'compute', statement: '1', participant: '0' });
    expect(payload).not.toHaveProperty('value');
    expect(typeof payload.valueSaltedSha256).toBe('string');
    expect(entries.map((e) => e.type)).toContain('conversation.created');
  });

  it('exports in the Polis layout, which the parser reads back', async () => {
    await create('public');
    await service.addStatement(ACME, 'compute', { text: 'Quoted, "with" commas\nand lines.' });
    await service.moderate(SEC, 'compute', '2', 'accepted');
    await service.addStatement(DEU, 'compute', { text: 'Still pending.' });
    await service.vote(DEU, 'compute', { statement: '0', value: 1 });
    await service.vote(JPN, 'compute', { statement: '2', value: -1 });
    await service.vote(DEU, 'compute', { statement: '0', value: 0 });
    const files = await service.exportPolis(ANONYMOUS, 'compute');
    const dir = mkdtempSync(join(tmpdir(), 'polis-export-'));
    try {
      for (const [name, text] of Object.entries(files) as [string, string][])
        writeFileSync(join(dir, name), text);
      const back = parsePolisExport(dir);
      expect(back.issues).toEqual([]);
      expect(back.summary.topic).toBe('Compute thresholds');
      const stored = await platform.store.conversations.conversation('compute');
      // The pending statement is not exported to an anonymous caller; language and seeds are
      // not in Polis's layout.
      expect(back.conversation.statements).toEqual(
        stored.statements
          .filter((s) => s.moderation === 'accepted')
          .map((s) => ({ ...s, language: null, seed: false })),
      );
      expect(back.conversation.votes).toEqual(stored.votes);
      expect(back.conversation.participants.map((p) => p.id)).toEqual(['0', '1', '2']);
      // Imported again, the export is the same conversation.
      const summary = await runImport(platform.store, {
        format: 'polis',
        file: dir,
        options: { code: 'compute-copy' },
      });
      expect(summary).toMatchObject({ written: true, issues: [] });
      expect(await platform.store.conversations.conversation('compute-copy')).toEqual({
        statements: back.conversation.statements,
        participants: back.conversation.participants,
        votes: back.conversation.votes,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
