import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedFile, warnWithoutSharedData } from '../../../test/shared-data.ts';
import { DomainError } from '../../core/errors.ts';
import { latestVotes } from '../../core/opinion/conversation.ts';
import { readTable } from '../read-table.ts';
import { parsePolisExport } from './polis-export.parser.ts';

warnWithoutSharedData('Polis export parser on real data');

const scratch = mkdtempSync(join(tmpdir(), 'polis-export-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const COMMENTS =
  'timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n' +
  '1500000000000,x,1,0,1,0,1,"Second, with a comma"\n' +
  '1500000000000,x,0,0,1,1,-1,"First ""quoted""\nover two lines"\n' +
  '1500000000000,x,2,3,0,0,0,Third\n' +
  '1500000000000,x,3,0,0,0,5,Bad moderation\n' +
  '1500000000000,x,4,0,0,0,1,\n';
const VOTES =
  'timestamp,datetime,comment-id,voter-id,vote\n' +
  '1500000001000,x,1,0,1\n' +
  '1500000002000,x,1,0,-1\n' +
  '1500000003000,x,2,3,0\n' +
  '1500000004000,x,9,3,1\n' +
  '1500000005000,x,2,3,2\n' +
  'later,x,2,3,1\n' +
  '1500000006000,x,0,7,1\n';
const PARTICIPANTS =
  'participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2\n' +
  '0,1,3,1,0,1,,-1,\n' +
  '3,,1,1,0,0,,,0\n';
const SUMMARY = 'topic,A test\nurl,https://pol.is/x\nconversation-description,"Two\nlines"\n';

describe('parsePolisExport on a small export', () => {
  const dir = folder('small', {
    'comments.csv': COMMENTS,
    'votes.csv': VOTES,
    'participants-votes.csv': PARTICIPANTS,
    'summary.csv': SUMMARY,
  });
  const parsed = parsePolisExport(dir);

  it('reads statements with their moderation, in id order', () => {
    expect(parsed.conversation.statements).toEqual([
      {
        id: '0',
        text: 'First "quoted"\nover two lines',
        language: null,
        moderation: 'rejected',
        seed: false,
        author: '0',
      },
      {
        id: '1',
        text: 'Second, with a comma',
        language: null,
        moderation: 'accepted',
        seed: false,
        author: '0',
      },
      { id: '2', text: 'Third', language: null, moderation: 'pending', seed: false, author: '3' },
    ]);
  });

  it('reports every bad row with file, line and field and keeps the good ones', () => {
    const where = parsed.issues.map((i) => [i.file.split('/').pop(), i.line, i.field]);
    expect(where).toEqual([
      ['comments.csv', 6, 'moderated'],
      ['comments.csv', 7, 'comment-body'],
      ['votes.csv', 5, 'comment-id'],
      ['votes.csv', 6, 'vote'],
      ['votes.csv', 7, 'timestamp'],
    ]);
    expect(parsed.conversation.votes).toHaveLength(4);
    expect(
      latestVotes(parsed.conversation.votes).map((v) => [v.participant, v.statement, v.value]),
    ).toEqual([
      ['0', '1', -1],
      ['3', '2', 0],
      ['7', '0', 1],
    ]);
  });

  it('lists participants with Polis’s groups, adds voters it did not list, and reads the summary', () => {
    expect(parsed.conversation.participants.map((p) => p.id)).toEqual(['0', '3', '7']);
    expect([...parsed.polisGroups]).toEqual([
      ['0', '1'],
      ['3', null],
    ]);
    expect(parsed.warnings.join('\n')).toContain('voter 7 is not in participants-votes.csv');
    expect(parsed.summary).toMatchObject({
      topic: 'A test',
      'conversation-description': 'Two\nlines',
    });
  });

  it('fails naming the file when a required column is missing', () => {
    const bad = folder('bad', {
      'comments.csv': COMMENTS,
      'votes.csv': 'timestamp,voter-id,vote\n1,2,1\n',
    });
    expect(() => parsePolisExport(bad)).toThrow(DomainError);
    expect(() => parsePolisExport(bad)).toThrow(/votes\.csv: missing column 'comment-id'/);
  });
});

describe.skipIf(!hasSharedData)('parsePolisExport on brexit-consensus', () => {
  it('reads every row, and the latest votes are the cells of participants-votes.csv', () => {
    const dir = sharedFile('consultations', 'polis', 'brexit-consensus');
    const parsed = parsePolisExport(dir);
    expect(parsed.issues).toEqual([]);
    expect(parsed.conversation.statements).toHaveLength(50);
    expect(parsed.conversation.votes).toHaveLength(5312);
    expect(parsed.conversation.participants).toHaveLength(204);
    expect(parsed.summary.topic).toBe('Can there be consensus on Brexit?');
    const cells = new Map<string, string>();
    for (const { record } of readTable(join(dir, 'participants-votes.csv'), []).rows)
      for (const s of parsed.conversation.statements)
        if (record[s.id] !== '') cells.set(`${record.participant}|${s.id}`, record[s.id]!);
    const latest = latestVotes(parsed.conversation.votes);
    expect(latest).toHaveLength(cells.size);
    for (const v of latest)
      expect(cells.get(`${v.participant}|${v.statement}`)).toBe(String(v.value));
  });
});
