// Standards committee imports through the shared guarantees, on a platform opened with the starter
// dataset (whose ISO committees are the first snapshot): the real files change nothing, a modified
// copy records what changed and raises one alert, a new body's first import records no change,
// and bad options, files and rows are refused with nothing written.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors.ts';
import { committeeTags } from '../core/standards/tags.ts';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import {
  hasStandardsData,
  ISO_COMMITTEE_FILES,
  warnWithoutStandardsData,
} from '../../test/standards-data.ts';

warnWithoutStandardsData('standards committee imports on real data');

const ISO = {
  format: 'iso-committees',
  file: ISO_COMMITTEE_FILES.committees,
  options: { participation: ISO_COMMITTEE_FILES.participation, bodies: ISO_COMMITTEE_FILES.bodies },
};

describe.skipIf(!hasStandardsData)('standards committee imports', () => {
  let f: Fixture;
  let platform: Fixture['platform'];
  let services: Fixture['services'];
  const dir = mkdtempSync(join(tmpdir(), 'ta-standards-'));
  beforeAll(async () => {
    f = await openStarterFixture();
    ({ platform, services } = f);
  }, 60_000);
  afterAll(async () => {
    await f?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the starter’s ISO committees identical to the real files: nothing changes', async () => {
    const before = await platform.store.standards.committees('ISO');
    expect(before).toHaveLength(796);
    const s = await services.imports.run(ISO);
    expect(s).toMatchObject({
      written: true,
      rowsRead: 796 + 32_276 + 163,
      inserted: 0,
      updated: 0,
      unchanged: 796,
      rejected: 0,
      issues: [],
      warnings: [],
    });
    const [latest] = await platform.store.standards.snapshots();
    expect(latest).toMatchObject({
      body: 'ISO',
      format: 'iso-committees',
      snapshotDate: '2026-03-19',
      committees: 796,
      members: 31_482,
      changes: 0,
      alerts: 0,
    });
    expect(await platform.store.standards.changes({ snapshotId: latest!.id })).toEqual([]);
    expect(await platform.store.standards.committees('ISO')).toEqual(before);
  });

  it('records the changes of a modified copy and raises one alert: China takes the AI committee', async () => {
    const tags = await platform.store.standards.tags();
    const tagged = committeeTags(await platform.store.standards.committees('ISO'), tags);
    expect(tagged.get('ISO/IEC JTC 1/SC 42')).toEqual(['ai']);
    expect(tagged.get('ISO/TC 2')).toEqual([]);

    // SAC (China) takes SC 42's secretariat from ANSI, which stays a participant; SA (Australia)
    // becomes an observer of ISO/TC 2; a committee ISO/TC 999 appears.
    const committees = readFileSync(ISO.file, 'utf8')
      .replace(
        '6794475,ISO/IEC JTC 1/SC 42,SC,Active,Artificial intelligence,ANSI,USA,',
        '6794475,ISO/IEC JTC 1/SC 42,SC,Active,Artificial intelligence,SAC,CHN,',
      )
      .concat('99999999,ISO/TC 999,TC,Active,Test committee,DIN,DEU,2026-06-01,,1,0\n');
    const participation = readFileSync(ISO.options.participation, 'utf8')
      .replace(
        '6794475,ISO/IEC JTC 1/SC 42,ANSI,secretariat,USA',
        '6794475,ISO/IEC JTC 1/SC 42,SAC,secretariat,CHN',
      )
      .replace('45446,ISO/TC 2,SA,P,AUS', '45446,ISO/TC 2,SA,O,AUS')
      .concat('99999999,ISO/TC 999,DIN,secretariat,DEU\n');
    expect(committees).toContain('SC 42,SC,Active,Artificial intelligence,SAC,CHN');
    expect(participation).toContain('45446,ISO/TC 2,SA,O,AUS');
    writeFileSync(join(dir, 'committees.csv'), committees);
    writeFileSync(join(dir, 'participation.csv'), participation);

    const s = await services.imports.run({
      ...ISO,
      file: join(dir, 'committees.csv'),
      options: { ...ISO.options, participation: join(dir, 'participation.csv') },
    });
    expect(s.issues).toEqual([]);
    expect(s).toMatchObject({ written: true, inserted: 1, updated: 2, unchanged: 794 });
    expect(s.warnings).toEqual([
      '5 changes since the last snapshot of ISO, 1 alert raised (techalliance standards changes)',
    ]);
    const [latest] = await platform.store.standards.snapshots();
    expect(latest).toMatchObject({ snapshotDate: '2026-06-01', changes: 5, alerts: 1 });
    const change = (
      reference: string,
      kind: string,
      iso3: string | null,
      before: string | null,
      after: string | null,
      tags: string[] = [],
    ) => ({ snapshotId: latest!.id, reference, kind, iso3, before, after, tags });
    expect(await platform.store.standards.changes({ snapshotId: latest!.id })).toEqual([
      change('ISO/IEC JTC 1/SC 42', 'secretariat-changed', 'CHN', 'USA', 'CHN', ['ai']),
      change('ISO/IEC JTC 1/SC 42', 'role-changed', 'CHN', 'P', 'secretariat', ['ai']),
      change('ISO/IEC JTC 1/SC 42', 'role-changed', 'USA', 'secretariat', 'P', ['ai']),
      change('ISO/TC 2', 'role-changed', 'AUS', 'P', 'O'),
      change('ISO/TC 999', 'committee-added', 'DEU', null, 'active'),
    ]);
    const alerts = await platform.store.standards.alerts('standards');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      workstream: 'standards',
      source: 'standards-snapshot',
      kind: 'concern-secretariat',
      subject: 'ISO/IEC JTC 1/SC 42',
      details: { iso3: 'CHN', tags: ['ai'], body: 'ISO' },
      snapshotId: latest!.id,
    });
    expect((await platform.store.standards.committee('ISO/IEC JTC 1/SC 42'))!.secretariat).toBe(
      'CHN',
    );

    // The same copy again: nothing changes, the snapshot is recorded without changes.
    const again = await services.imports.run({
      ...ISO,
      file: join(dir, 'committees.csv'),
      options: { ...ISO.options, participation: join(dir, 'participation.csv') },
    });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 797, warnings: [] });
    expect((await platform.store.standards.snapshots())[0]).toMatchObject({
      changes: 0,
      alerts: 0,
    });
  });

  it('records a new body’s first import without changes, beside ISO’s committees', async () => {
    const committees = join(dir, 'iec.csv');
    const members = join(dir, 'iec-members.csv');
    writeFileSync(
      committees,
      'body,reference,type,parent_reference,title,status,created,secretariat_iso3,secretariat_body\n' +
        'IEC,IEC/TC 47,TC,,Semiconductor devices,active,1960-01-01,JPN,JISC\n' +
        'IEC,IEC/SC 47F,SC,IEC/TC 47,Micro-electromechanical systems,active,2005-06-01,JPN,JISC\n',
    );
    writeFileSync(
      members,
      'reference,member_body,iso3,role\nIEC/TC 47,JISC,JPN,secretariat\nIEC/TC 47,SAC,CHN,P\nIEC/TC 47,KATS,KOR,P\n',
    );
    const s = await services.imports.run({
      format: 'standards-committees',
      file: committees,
      options: { members },
    });
    expect(s).toMatchObject({ written: true, rowsRead: 5, inserted: 2, updated: 0, unchanged: 0 });
    expect(s.warnings).toEqual([
      '1 committee had no member row for the secretariat holder; it was added as a member',
      "first snapshot of IEC's committees: no changes recorded",
    ]);
    expect((await platform.store.standards.snapshots())[0]).toMatchObject({
      body: 'IEC',
      format: 'standards-committees',
      committees: 2,
      members: 4,
      changes: 0,
    });
    expect((await platform.store.standards.committees('IEC')).map((c) => c.reference)).toEqual([
      'IEC/SC 47F',
      'IEC/TC 47',
    ]);
    expect(await platform.store.standards.committees('ISO')).toHaveLength(797);
    expect((await platform.store.sources.list()).map((x) => x.id)).toContain(
      'standards-committees:iec',
    );
  });

  it('refuses a missing file and an option the format does not take, naming the option', async () => {
    const err = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: unknown) => e,
      );
    const missing = await err(
      services.imports.run({
        ...ISO,
        options: { ...ISO.options, participation: join(dir, 'nope.csv') },
      }),
    );
    expect(missing).toBeInstanceOf(DomainError);
    expect((missing as DomainError).message).toBe(
      `--participation: no file '${join(dir, 'nope.csv')}'`,
    );
    const wrong = await err(
      services.imports.run({ ...ISO, options: { members: ISO.options.participation } }),
    );
    expect((wrong as DomainError).code).toBe('validation_failed');
    expect((wrong as DomainError).message).toMatch(
      /^--members: the iso-committees format takes no members file/,
    );
  });

  it('writes nothing when a row is bad, and reports it with its file and line', async () => {
    const version = await platform.store.dataVersion();
    const snapshots = (await platform.store.standards.snapshots()).length;
    const participation = join(dir, 'bad-participation.csv');
    writeFileSync(
      participation,
      'committee_id,reference,member_acronym,role,member_iso3\n45446,ISO/TC 2,DIN,secretariat,DEU\n1,ISO/TC 0,DIN,P,DEU\n',
    );
    const s = await services.imports.run({ ...ISO, options: { ...ISO.options, participation } });
    expect(s).toMatchObject({ written: false, rejected: 1, inserted: 0, updated: 0 });
    expect(s.issues).toEqual([
      {
        file: participation,
        line: 3,
        field: 'committee_id',
        reason: 'no committee in the committees file has this id',
        value: '1',
      },
    ]);
    expect((await platform.store.standards.snapshots()).length).toBe(snapshots);
    expect(await platform.store.dataVersion()).toBe(version);
  });

  it('rejects titles and references with control or bidirectional characters, naming file, line and field', async () => {
    const snapshots = (await platform.store.standards.snapshots()).length;
    const committees = join(dir, 'itu-bidi.csv');
    writeFileSync(
      committees,
      'body,reference,type,parent_reference,title,status,created,secretariat_iso3,secretariat_body\n' +
        'ITU-T,ITU-T SG 17,other,,Security,active,,USA,ANSI\n' +
        'ITU-T,ITU-T SG 20,other,,Smart \u202ecities,active,,CHN,SAC\n' +
        'ITU-T,ITU-T SG\u000113,other,,Future networks,active,,CHN,SAC\n',
    );
    const s = await services.imports.run({ format: 'standards-committees', file: committees });
    expect(s).toMatchObject({ written: false, rejected: 2 });
    expect(s.issues.map((i) => [i.file, i.line, i.field, i.reason])).toEqual([
      [committees, 3, 'title', 'contains control or bidirectional characters'],
      [committees, 4, 'reference', 'contains control or bidirectional characters'],
    ]);
    expect((await platform.store.standards.snapshots()).length).toBe(snapshots);
  });

  it('refuses another body’s file naming a reference ISO’s committees have, with the file and field', async () => {
    const snapshots = (await platform.store.standards.snapshots()).length;
    const committees = join(dir, 'iec-clash.csv');
    writeFileSync(
      committees,
      'body,reference,type,parent_reference,title,status,created,secretariat_iso3,secretariat_body\n' +
        'IEC,ISO/TC 2,TC,,Fasteners,active,,DEU,DIN\n',
    );
    const e = await services.imports.run({ format: 'standards-committees', file: committees }).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe('conflict');
    const message = (e as DomainError).message;
    expect(message.startsWith(`${committees}: reference: `), message).toBe(true);
    expect(message).toContain('ISO/TC 2 (ISO)');
    expect((e as DomainError).issues.map((i) => i.path)).toEqual(['reference']);
    expect((await platform.store.standards.snapshots()).length).toBe(snapshots);
  });
});
