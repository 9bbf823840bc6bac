// The compact layout the starter dataset bundles one body's committees in (data/starter):
//
//   standards-committees.csv  body, reference, external_id, type, parent, title, status, created,
//                             secretariat_body, participants, observers
//                             (participants and observers: member bodies' acronyms, separated by `;`
//                             since acronyms may hold spaces (`GOST R`);
//                             the secretariat holder is a member and not repeated)
//   standards-bodies.csv      body, member_body, iso3 (empty: not mapped to an economy)
//
// Each member body maps to one economy, so economies are written once per body rather than once
// per membership; committees and members read back exactly as they were written.
import { DomainError } from '../../core/errors.ts';
import {
  COMMITTEE_STATUSES,
  COMMITTEE_TYPES,
  type Committee,
  type CommitteeMember,
} from '../../core/standards/committee.ts';
import { readTable } from '../read-table.ts';
import { memberOrder } from './parsed-committees.ts';

export const STARTER_COMMITTEES_FILE = 'standards-committees.csv';
export const STARTER_BODIES_FILE = 'standards-bodies.csv';

export const STARTER_COMMITTEE_COLUMNS = [
  'body',
  'reference',
  'external_id',
  'type',
  'parent',
  'title',
  'status',
  'created',
  'secretariat_body',
  'participants',
  'observers',
] as const;
export const STARTER_BODY_COLUMNS = ['body', 'member_body', 'iso3'] as const;

const key = (body: string, memberBody: string): string => `${body}\n${memberBody}`;

/** The rows of the two files for `committees` (any bodies); a body mapped two ways is refused. */
export function starterCommitteeRows(committees: readonly Committee[]): {
  committees: (string | null)[][];
  bodies: (string | null)[][];
} {
  const economies = new Map<string, string | null>();
  const note = (body: string, memberBody: string, iso3: string | null): void => {
    const k = key(body, memberBody);
    if (economies.has(k) && economies.get(k) !== iso3)
      throw new DomainError(
        'validation_failed',
        `member body ${memberBody} of ${body} is mapped to ${economies.get(k) ?? 'no economy'} and to ${iso3 ?? 'no economy'}`,
      );
    economies.set(k, iso3);
  };
  const rows = committees.map((c) => {
    for (const m of c.members) note(c.body, m.memberBody, m.iso3);
    if (c.secretariatBody !== null) note(c.body, c.secretariatBody, c.secretariat);
    const holders = c.members.filter((m) => m.role === 'secretariat');
    if (
      holders.length !== (c.secretariatBody === null ? 0 : 1) ||
      (holders[0] !== undefined && holders[0].memberBody !== c.secretariatBody)
    )
      throw new DomainError(
        'validation_failed',
        `${c.reference}: the secretariat member is not the committee's secretariat holder`,
      );
    const of = (role: 'P' | 'O'): string =>
      c.members
        .filter((m) => m.role === role)
        .map((m) => m.memberBody)
        .sort()
        .join(';');
    for (const m of c.members)
      if (m.memberBody.includes(';'))
        throw new DomainError('validation_failed', `member body '${m.memberBody}' holds a ';'`);
    return [
      c.body,
      c.reference,
      c.externalId,
      c.type,
      c.parent,
      c.title,
      c.status,
      c.created,
      c.secretariatBody,
      of('P'),
      of('O'),
    ];
  });
  const bodies = [...economies]
    .map(([k, iso3]) => [...k.split('\n'), iso3])
    .sort((a, b) => `${a[0]}\n${a[1]}`.localeCompare(`${b[0]}\n${b[1]}`));
  return { committees: rows, bodies };
}

/** Reads the two files back into committees; any bad row is a DomainError (the bundle is ours). */
export function readStarterCommittees(committeesFile: string, bodiesFile: string): Committee[] {
  const bad = (file: string, line: number, what: string): DomainError =>
    new DomainError('bad_file', `${file}: line ${line}: ${what}`, [
      { path: file, line, message: what },
    ]);
  const economies = new Map<string, string | null>();
  for (const { line, record } of readTable(bodiesFile, STARTER_BODY_COLUMNS).rows) {
    const iso3 = record.iso3 ?? '';
    if (iso3 !== '' && !/^[A-Z]{3}$/.test(iso3)) throw bad(bodiesFile, line, `bad ISO3 '${iso3}'`);
    economies.set(key(record.body ?? '', record.member_body ?? ''), iso3 === '' ? null : iso3);
  }
  const out: Committee[] = [];
  for (const { line, record } of readTable(committeesFile, STARTER_COMMITTEE_COLUMNS).rows) {
    const cell = (name: (typeof STARTER_COMMITTEE_COLUMNS)[number]): string => record[name] ?? '';
    const orNull = (name: (typeof STARTER_COMMITTEE_COLUMNS)[number]): string | null =>
      cell(name) === '' ? null : cell(name);
    const body = cell('body');
    const economy = (memberBody: string): string | null => {
      const k = key(body, memberBody);
      if (!economies.has(k))
        throw bad(committeesFile, line, `member body ${memberBody} not in ${bodiesFile}`);
      return economies.get(k)!;
    };
    const type = COMMITTEE_TYPES.find((t) => t === cell('type'));
    const status = COMMITTEE_STATUSES.find((s) => s === cell('status'));
    if (!type || !status || cell('reference') === '' || body === '')
      throw bad(committeesFile, line, 'bad body, reference, type or status');
    const secretariatBody = orNull('secretariat_body');
    const members: CommitteeMember[] = [];
    if (secretariatBody !== null)
      members.push({
        memberBody: secretariatBody,
        iso3: economy(secretariatBody),
        role: 'secretariat',
      });
    for (const [column, role] of [
      ['participants', 'P'],
      ['observers', 'O'],
    ] as const)
      for (const memberBody of cell(column)
        .split(';')
        .filter((s) => s !== ''))
        members.push({ memberBody, iso3: economy(memberBody), role });
    out.push({
      body,
      reference: cell('reference'),
      externalId: orNull('external_id'),
      type,
      parent: orNull('parent'),
      title: cell('title'),
      status,
      created: orNull('created'),
      secretariat: secretariatBody === null ? null : economy(secretariatBody),
      secretariatBody,
      members: members.sort(memberOrder),
    });
  }
  return out;
}
