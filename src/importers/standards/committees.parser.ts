// Parser for the generic committee layout (format `standards-committees`): any standards body's
// committees (IEC, ITU-T, 3GPP, IETF …) written in one documented CSV layout, and optionally its
// members in a second one (docs/importing.md):
//
//   committees: body, reference, type, parent_reference, title, status, created,
//               secretariat_iso3, secretariat_body
//   members:    reference, member_body, iso3, role
//
// One file holds one body's committees (an import replaces that body's list): the first row's
// `body` names it and a row naming another is refused. `type` is TC, SC, PC, joint or other;
// `status` active, suspended or disbanded (any case); `created` a date or empty; `role`
// secretariat, P or O. A secretariat holder may be listed once as `secretariat` and once as `P`.
import type {
  Committee,
  CommitteeRole,
  CommitteeStatus,
  CommitteeType,
} from '../../core/standards/committee.ts';
import {
  COMMITTEE_ROLES,
  COMMITTEE_STATUSES,
  COMMITTEE_TYPES,
} from '../../core/standards/committee.ts';
import type { Source } from '../../core/sources/source.ts';
import { readTable } from '../read-table.ts';
import { addedSecretariatsWarning, CommitteeMembers } from './committee-members.ts';
import {
  checkIso3,
  checkText,
  CommitteeIssues,
  isIsoDate,
  type ParseOptions,
  type ParsedCommittees,
} from './parsed-committees.ts';

export const COMMITTEES_COLUMNS = [
  'body',
  'reference',
  'type',
  'parent_reference',
  'title',
  'status',
  'created',
  'secretariat_iso3',
  'secretariat_body',
] as const;

export const MEMBERS_COLUMNS = ['reference', 'member_body', 'iso3', 'role'] as const;

/** A body's name: letters, digits, `-`, `/`, `.`, `&` and spaces, at most 40 characters. */
const BODY = /^[A-Za-z0-9][A-Za-z0-9 ./&-]{0,39}$/;
const MAX_TEXT = 500;

/** Reasons for rows left out on purpose (keys of `counts.setAside`). */
export const COMMITTEES_SET_ASIDE = {
  secretariatP: "secretariat holder's P row (folded into its secretariat row)",
  rejectedCommittee: 'member row of a rejected committee',
} as const;

/** The source a generic committee file cites: the file itself, under its body's name. */
export const committeesSource = (body: string): Source => ({
  id: `standards-committees:${body.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
  citation: `${body} committees (imported in the standards-committees layout)`,
  publisher: body,
  licence: 'not recorded by the import: see the body’s terms before sharing the data',
  url: null,
  date: null,
  notes: 'Imported from a file in the generic standards-committees layout (docs/importing.md).',
});

/** Parses one body's committees (and members) in the generic layout. */
export function parseCommittees(
  files: { committees: string; members?: string },
  options: ParseOptions = {},
): ParsedCommittees {
  const sink = new CommitteeIssues();
  const warnings: string[] = [];
  const file = files.committees;
  const table = readTable(file, COMMITTEES_COLUMNS);
  let body: string | null = null;
  const rows: { line: number; parent: string; committee: Committee }[] = [];
  const seen = new Set<string>();
  let snapshotDate: string | null = null;
  for (const { line, record } of table.rows) {
    sink.read();
    const cell = (name: string): string => (record[name] ?? '').trim();
    const rowBody = cell('body');
    if (!BODY.test(rowBody))
      sink.issue(file, line, 'body', rowBody === '' ? 'is empty' : 'is not a body name', rowBody);
    else if (body === null) body = rowBody;
    else if (rowBody !== body)
      sink.issue(
        file,
        line,
        'body',
        `one file holds one body's committees, and this one's are ${body}'s`,
        rowBody,
      );
    const reference = cell('reference');
    checkText(sink, file, line, 'reference', reference, 100);
    if (reference !== '' && seen.has(reference))
      sink.issue(file, line, 'reference', 'committee listed twice', reference);
    seen.add(reference);
    const type = COMMITTEE_TYPES.find((t) => t.toLowerCase() === cell('type').toLowerCase());
    if (type === undefined)
      sink.issue(
        file,
        line,
        'type',
        `'${cell('type')}' is not a committee type (${COMMITTEE_TYPES.join(', ')})`,
        cell('type'),
      );
    const status = COMMITTEE_STATUSES.find((s) => s === cell('status').toLowerCase());
    if (status === undefined)
      sink.issue(
        file,
        line,
        'status',
        `'${cell('status')}' is not a status (${COMMITTEE_STATUSES.join(', ')})`,
        cell('status'),
      );
    const title = cell('title');
    checkText(sink, file, line, 'title', title, MAX_TEXT);
    const created = cell('created');
    if (created !== '' && !isIsoDate(created))
      sink.issue(file, line, 'created', 'is not a date (YYYY-MM-DD)', created);
    const secretariat = cell('secretariat_iso3');
    checkIso3(sink, file, line, 'secretariat_iso3', secretariat, options);
    const secretariatBody = cell('secretariat_body');
    if (secretariat !== '' && secretariatBody === '')
      sink.issue(
        file,
        line,
        'secretariat_body',
        'is empty while secretariat_iso3 names an economy',
        '',
      );
    if (sink.rejected(file, line)) continue;
    if (created !== '' && (snapshotDate === null || created > snapshotDate)) snapshotDate = created;
    rows.push({
      line,
      parent: cell('parent_reference'),
      committee: {
        body: rowBody,
        reference,
        externalId: null,
        type: type as CommitteeType,
        parent: null,
        title,
        status: status as CommitteeStatus,
        created: created === '' ? null : created,
        secretariat: secretariat === '' ? null : secretariat,
        secretariatBody: secretariatBody === '' ? null : secretariatBody,
        members: [],
      },
    });
  }

  const byReference = new Map<string, Committee>();
  for (const row of rows) {
    if (row.parent !== '') {
      if (!seen.has(row.parent) || row.parent === row.committee.reference) {
        sink.issue(
          file,
          row.line,
          'parent_reference',
          row.parent === row.committee.reference
            ? 'a committee cannot be its own parent'
            : 'no committee in the file has this reference',
          row.parent,
        );
        continue;
      }
      row.committee.parent = row.parent;
    }
    byReference.set(row.committee.reference, row.committee);
  }

  const members = new CommitteeMembers();
  if (files.members !== undefined)
    readMembers(files.members, seen, byReference, members, sink, options);
  const added = members.attach(byReference.values());
  if (files.members === undefined)
    warnings.push('no members file: committees list only their secretariat holder as a member');
  else if (added > 0) warnings.push(addedSecretariatsWarning(added));

  const name = body ?? 'unknown';
  return {
    body: name,
    committees: [...byReference.values()],
    issues: sink.issues,
    warnings,
    counts: sink.counts(),
    source: committeesSource(name),
    snapshotDate,
  };
}

function readMembers(
  file: string,
  read: ReadonlySet<string>,
  byReference: ReadonlyMap<string, Committee>,
  members: CommitteeMembers,
  sink: CommitteeIssues,
  options: ParseOptions,
): void {
  for (const { line, record } of readTable(file, MEMBERS_COLUMNS).rows) {
    sink.read();
    const cell = (name: string): string => (record[name] ?? '').trim();
    const reference = cell('reference');
    if (read.has(reference) && !byReference.has(reference)) {
      sink.aside(COMMITTEES_SET_ASIDE.rejectedCommittee);
      continue;
    }
    const committee = byReference.get(reference);
    if (committee === undefined)
      sink.issue(
        file,
        line,
        'reference',
        reference === '' ? 'is empty' : 'no committee in the committees file has this reference',
        reference,
      );
    const memberBody = cell('member_body');
    if (memberBody === '') sink.issue(file, line, 'member_body', 'is empty', '');
    else if (memberBody.length > 100)
      sink.issue(file, line, 'member_body', 'is longer than 100 characters', memberBody);
    const iso3 = cell('iso3');
    checkIso3(sink, file, line, 'iso3', iso3, options);
    const role = COMMITTEE_ROLES.find((r) => r.toLowerCase() === cell('role').toLowerCase());
    if (role === undefined)
      sink.issue(
        file,
        line,
        'role',
        `'${cell('role')}' is not a role (${COMMITTEE_ROLES.join(', ')})`,
        cell('role'),
      );
    if (sink.rejected(file, line) || committee === undefined) continue;
    const problem = members.problem(committee, memberBody, role as CommitteeRole);
    if (problem) {
      const field = problem.field === 'body' ? 'member_body' : 'role';
      sink.issue(file, line, field, problem.reason, record[field] ?? '');
      continue;
    }
    if (
      members.add(committee, memberBody, role as CommitteeRole, iso3 === '' ? null : iso3) ===
      'folded'
    )
      sink.aside(COMMITTEES_SET_ASIDE.secretariatP);
  }
}
