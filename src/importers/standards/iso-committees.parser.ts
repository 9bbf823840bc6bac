// Parser for ISO Open Data's committee list (format `iso-committees`): the committees file (one row
// per committee: id, reference, type, status, title, secretariat, creation date, parent id), and
// optionally the participation file (one row per committee × member body and role) and the table
// of member-body acronyms to ISO3. ISO lists a secretariat holder twice in the participation file,
// once as `secretariat` and once as `P`: the two rows become one member with role `secretariat`.
//
// Economies: when the acronym table is given it is the authority for every member body it names;
// bodies it does not name keep the ISO3 the other files print (`member_iso3`, `secretariat_iso3`).
// Where the table and a file disagree, the table wins and a warning says so.
import type { Committee, CommitteeRole } from '../../core/standards/committee.ts';
import { ISO_COMMITTEES_SOURCE } from '../iso-standards.format.ts';
import { readTable } from '../read-table.ts';
import { addedSecretariatsWarning, CommitteeMembers } from './committee-members.ts';
import {
  CommitteeIssues,
  isIsoDate,
  checkIso3,
  checkText,
  type ParseOptions,
  type IssueSink,
  type ParsedCommittees,
} from './parsed-committees.ts';

export type { ParsedCommittees } from './parsed-committees.ts';

const COMMITTEE_COLUMNS = [
  'committee_id',
  'reference',
  'committee_type',
  'status',
  'title_en',
  'secretariat_acronym',
  'creation_date',
  'parent_id',
];
const PARTICIPATION_COLUMNS = ['committee_id', 'member_acronym', 'role'];
const BODIES_COLUMNS = ['member_acronym', 'iso3'];

const TYPES = new Map<string, Committee['type']>([
  ['TC', 'TC'],
  ['SC', 'SC'],
  ['PC', 'PC'],
  ['joint', 'joint'],
]);
const STATUSES = new Map<string, Committee['status']>([
  ['Active', 'active'],
  ['Suspended', 'suspended'],
  ['Disbanded', 'disbanded'],
]);
const ROLES = new Set<string>(['secretariat', 'P', 'O']);

/** Reasons for rows left out on purpose (keys of `counts.setAside`). */
export const ISO_COMMITTEES_SET_ASIDE = {
  secretariatP: "secretariat holder's P row (folded into its secretariat row)",
  rejectedCommittee: 'participation row of a rejected committee',
} as const;

/** The acronym table: acronym → ISO3 (null when the table leaves the body unmapped). */
function readBodies(
  file: string,
  sink: IssueSink,
  options: ParseOptions,
): Map<string, string | null> {
  const bodies = new Map<string, string | null>();
  for (const { line, record } of readTable(file, BODIES_COLUMNS).rows) {
    sink.read();
    const acronym = (record.member_acronym ?? '').trim();
    const iso3 = (record.iso3 ?? '').trim();
    if (acronym === '') sink.issue(file, line, 'member_acronym', 'is empty', '');
    else if (bodies.has(acronym))
      sink.issue(file, line, 'member_acronym', 'member body listed twice', acronym);
    checkIso3(sink, file, line, 'iso3', iso3, options);
    if (sink.rejected(file, line)) continue;
    bodies.set(acronym, iso3 === '' ? null : iso3);
  }
  return bodies;
}

/** Resolves a member body's economy: the table first, the file's own code otherwise. */
class EconomyResolver {
  private readonly disagreements = new Map<string, { table: string | null; file: string }>();

  constructor(private readonly bodies: Map<string, string | null> | null) {}

  resolve(acronym: string, fileIso3: string): string | null {
    if (this.bodies?.has(acronym)) {
      const table = this.bodies.get(acronym)!;
      if (fileIso3 !== '' && fileIso3 !== table)
        this.disagreements.set(acronym, { table, file: fileIso3 });
      return table;
    }
    return fileIso3 === '' ? null : fileIso3;
  }

  warnings(): string[] {
    return [...this.disagreements]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([acronym, d]) =>
          `member body ${acronym}: the acronym table gives ${d.table ?? 'no economy'}, the data files ${d.file}; the table's is used`,
      );
  }
}

interface CommitteeRow {
  line: number;
  id: string;
  parentId: string;
  committee: Committee;
}

/** Parses ISO's committee files; bad rows are issues, a missing column a DomainError. */
export function parseIsoCommittees(
  files: { committees: string; participation?: string; bodies?: string },
  options: ParseOptions = {},
): ParsedCommittees {
  const sink = new CommitteeIssues();
  const warnings: string[] = [];
  const bodies = files.bodies !== undefined ? readBodies(files.bodies, sink, options) : null;
  const economies = new EconomyResolver(bodies);

  // Committees: every row first, so that a parent may come after its subcommittees.
  const file = files.committees;
  const table = readTable(file, COMMITTEE_COLUMNS);
  const referenceOf = new Map<string, string>();
  const rows: CommitteeRow[] = [];
  const references = new Set<string>();
  let snapshotDate: string | null = null;
  for (const { line, record } of table.rows) {
    sink.read();
    const cell = (name: string): string => (record[name] ?? '').trim();
    const id = cell('committee_id');
    const reference = cell('reference');
    if (id === '') sink.issue(file, line, 'committee_id', 'is empty', '');
    else if (referenceOf.has(id))
      sink.issue(file, line, 'committee_id', 'committee id listed twice', id);
    checkText(sink, file, line, 'reference', reference, 100);
    if (reference !== '' && references.has(reference))
      sink.issue(file, line, 'reference', 'committee listed twice', reference);
    if (id !== '' && reference !== '' && !referenceOf.has(id)) referenceOf.set(id, reference);
    if (reference !== '') references.add(reference);
    const type = TYPES.get(cell('committee_type'));
    if (type === undefined)
      sink.issue(
        file,
        line,
        'committee_type',
        `'${cell('committee_type')}' is not a committee type (TC, SC, PC or joint)`,
        cell('committee_type'),
      );
    const status = STATUSES.get(cell('status'));
    if (status === undefined)
      sink.issue(
        file,
        line,
        'status',
        `'${cell('status')}' is not a status (Active, Suspended or Disbanded)`,
        cell('status'),
      );
    const title = cell('title_en');
    checkText(sink, file, line, 'title_en', title, 500);
    const created = cell('creation_date');
    if (created !== '' && !isIsoDate(created))
      sink.issue(file, line, 'creation_date', 'is not a date (YYYY-MM-DD)', created);
    const secretariatBody = cell('secretariat_acronym');
    const fileIso3 = cell('secretariat_iso3');
    checkIso3(sink, file, line, 'secretariat_iso3', fileIso3, options);
    if (sink.rejected(file, line)) continue;
    if (created !== '' && (snapshotDate === null || created > snapshotDate)) snapshotDate = created;
    rows.push({
      line,
      id,
      parentId: cell('parent_id'),
      committee: {
        body: 'ISO',
        reference,
        externalId: id,
        type: type!,
        parent: null,
        title,
        status: status!,
        created: created === '' ? null : created,
        secretariat: secretariatBody === '' ? null : economies.resolve(secretariatBody, fileIso3),
        secretariatBody: secretariatBody === '' ? null : secretariatBody,
        members: [],
      },
    });
  }

  const byId = new Map<string, Committee>();
  for (const row of rows) {
    if (row.parentId !== '') {
      const parent = referenceOf.get(row.parentId);
      if (parent === undefined || row.parentId === row.id) {
        sink.issue(
          file,
          row.line,
          'parent_id',
          row.parentId === row.id
            ? 'a committee cannot be its own parent'
            : 'no committee has this id',
          row.parentId,
        );
        continue;
      }
      row.committee.parent = parent;
    }
    byId.set(row.id, row.committee);
  }
  const rejectedIds = new Set([...referenceOf.keys()].filter((id) => !byId.has(id)));

  if (files.participation !== undefined)
    readParticipation(files.participation, byId, rejectedIds, economies, sink, warnings, options);
  else {
    for (const c of byId.values())
      if (c.secretariatBody !== null)
        c.members = [{ memberBody: c.secretariatBody, iso3: c.secretariat, role: 'secretariat' }];
    warnings.push(
      'no participation file (--participation): committees list only their secretariat holder as a member',
    );
  }

  warnings.push(...economies.warnings());
  return {
    body: 'ISO',
    committees: [...byId.values()],
    issues: sink.issues,
    warnings,
    counts: sink.counts(),
    source: ISO_COMMITTEES_SOURCE,
    snapshotDate,
  };
}

/** Reads the participation file into the committees' members. */
function readParticipation(
  file: string,
  byId: Map<string, Committee>,
  rejectedIds: ReadonlySet<string>,
  economies: EconomyResolver,
  sink: CommitteeIssues,
  warnings: string[],
  options: ParseOptions,
): void {
  const table = readTable(file, PARTICIPATION_COLUMNS);
  const members = new CommitteeMembers();
  for (const { line, record } of table.rows) {
    sink.read();
    const cell = (name: string): string => (record[name] ?? '').trim();
    const id = cell('committee_id');
    if (rejectedIds.has(id)) {
      sink.aside(ISO_COMMITTEES_SET_ASIDE.rejectedCommittee);
      continue;
    }
    const committee = byId.get(id);
    if (committee === undefined)
      sink.issue(
        file,
        line,
        'committee_id',
        id === '' ? 'is empty' : 'no committee in the committees file has this id',
        id,
      );
    const reference = cell('reference');
    if (committee && table.columns.includes('reference') && reference !== committee.reference)
      sink.issue(
        file,
        line,
        'reference',
        `committee ${id} is ${committee.reference} in the committees file`,
        reference,
      );
    const acronym = cell('member_acronym');
    if (acronym === '') sink.issue(file, line, 'member_acronym', 'is empty', '');
    const role = cell('role');
    if (!ROLES.has(role))
      sink.issue(file, line, 'role', `'${role}' is not a role (secretariat, P or O)`, role);
    const fileIso3 = cell('member_iso3');
    checkIso3(sink, file, line, 'member_iso3', fileIso3, options);
    if (sink.rejected(file, line) || committee === undefined) continue;
    const problem = members.problem(committee, acronym, role as CommitteeRole);
    if (problem) {
      const field = problem.field === 'body' ? 'member_acronym' : 'role';
      sink.issue(file, line, field, problem.reason, record[field] ?? '');
      continue;
    }
    const iso3 = economies.resolve(acronym, fileIso3);
    if (members.add(committee, acronym, role as CommitteeRole, iso3) === 'folded')
      sink.aside(ISO_COMMITTEES_SET_ASIDE.secretariatP);
  }
  const added = members.attach(byId.values());
  if (added > 0) warnings.push(addedSecretariatsWarning(added));
}
