// The control-list API and CLI on the four real lists (../shared/data/export-controls/lists):
// the figures a delegate relies on — what only the US controls, what Norway's 2022 list had not
// yet adopted, 3B001 paragraph by paragraph — and the answers to bad input. Every answer is
// checked against its OpenAPI schema by the route layer under Vitest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importControlLists } from '../../test/control-lists-data.ts';
import { SEMICONDUCTOR_DIR, semiconductorsAvailable } from '../../test/e2e/semiconductor-data.ts';
import { openStarterFixture, type Fixture } from '../../test/platform-fixture.ts';
import { hasSharedData, warnWithoutSharedData } from '../../test/shared-data.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { buildApp } from './app.ts';

warnWithoutSharedData('control-list API tests on the real lists');

interface Paragraph {
  label: string;
  kind: string;
  status: string;
  text: string;
}
interface Entry {
  listId: string;
  code: string;
  canonicalCode: string;
  paragraphs: Paragraph[];
}

describe.skipIf(!hasSharedData)('control lists on the real lists', () => {
  let f: Fixture;
  let summaries: ImportSummary[];
  beforeAll(async () => {
    f = await openStarterFixture();
    summaries = await importControlLists(f.services);
  }, 120_000);
  afterAll(async () => {
    await f?.close();
  });

  const get = async (url: string) => {
    const r = await f.app.inject({ method: 'GET', url });
    return { status: r.statusCode, body: r.json<Record<string, unknown>>() };
  };

  it('imports the four lists, each written, and a second import changes nothing', async () => {
    expect(summaries.map((s) => [s.format, s.written])).toEqual([
      ['wassenaar-list', true],
      ['us-ccl', true],
      ['eu-annex-i-text', true],
      ['india-scomet', true],
    ]);
    const again = await importControlLists(f.services);
    for (const s of again) expect([s.format, s.inserted, s.updated]).toEqual([s.format, 0, 0]);
    const { body } = await get('/api/v1/control-lists');
    const items = body.items as { id: string; isRegimeList: boolean; entries: number }[];
    expect(items.map((l) => l.id)).toEqual(['wa-2025', 'in-scomet-2024', 'no-2022', 'us-ccl-2026']);
    expect(items[0]!.isRegimeList).toBe(true);
  });

  it('finds the entries only the US controls, against the Wassenaar list', async () => {
    const { status, body } = await get('/api/v1/control-lists/unilateral?list=us-ccl-2026');
    expect(status).toBe(200);
    const codes = (body.entries as { code: string }[]).map((e) => e.code);
    for (const code of ['3A090', '4A090', '4E091', '3B993', '3B994']) expect(codes).toContain(code);
    // A Wassenaar-series entry both have is not unilateral.
    expect(codes).not.toContain('3B001');
    const b001 = (body.paragraphs as { code: string; paragraphs: string[] }[]).find(
      (p) => p.code === '3B001',
    )!;
    for (const l of ['c', 'd', 'k', 'l', 'm', 'n', 'p', 'q', 'r'])
      expect(b001.paragraphs).toContain(l);
  });

  it('shows 3D006 in the Wassenaar, SCOMET and US lists and missing from Norway 2022', async () => {
    const { body } = await get('/api/v1/control-lists/entries/3D006');
    const entries = body.entries as Entry[];
    expect(entries.map((e) => `${e.listId}:${e.code}`).sort()).toEqual([
      'in-scomet-2024:8D306',
      'us-ccl-2026:3D006',
      'wa-2025:3.D.6.',
    ]);
    expect(body.missing).toEqual(['no-2022']);
    const lag = await get('/api/v1/control-lists/lag?list=no-2022');
    expect(lag.body.memberOlder).toBe(true);
    expect(
      (lag.body.entries as { code: string; state: string }[]).find((e) => e.code === '3D006'),
    ).toEqual(expect.objectContaining({ state: 'missing' }));
    // A list named twice is shown once.
    const twice = await get('/api/v1/control-lists/entries/3B001?lists=wa-2025,wa-2025');
    expect((twice.body.entries as Entry[]).length).toBe(1);
    // SCOMET's code and the WA form find the same entry.
    const byScomet = await get('/api/v1/control-lists/entries/8D306?lists=wa-2025');
    expect((byScomet.body.entries as Entry[])[0]!.code).toBe('3.D.6.');
  });

  it('diffs 3B001 paragraph by paragraph: what only the US controls, "not used" counted as absent', async () => {
    const { status, body } = await get('/api/v1/control-lists/diff?a=wa-2025&b=us-ccl-2026');
    expect(status).toBe(200);
    const change = (
      body.changed as { code: string; paragraphsOnlyInA: string[]; paragraphsOnlyInB: string[] }[]
    ).find((c) => c.code === '3B001')!;
    for (const l of ['c', 'd', 'k', 'l', 'm', 'n', 'p', 'q', 'r'])
      expect(change.paragraphsOnlyInB).toContain(l);
    // WA's c and d read "Not used since …": not in WA's side of the diff.
    expect(change.paragraphsOnlyInA).not.toContain('c');
    const only = (body.onlyInB as { code: string }[]).map((e) => e.code);
    expect(only).toEqual(expect.arrayContaining(['3A090', '4A090', '4E091']));
    // The same entry, its tree on both sides.
    const entry = await get('/api/v1/control-lists/entries/3B001?lists=wa-2025,us-ccl-2026');
    const [us, wa] = (entry.body.entries as Entry[]).sort((x, y) =>
      x.listId.localeCompare(y.listId),
    );
    const item = (e: Entry, label: string) =>
      e.paragraphs.find((p) => p.kind === 'item' && p.label === label);
    expect(item(wa!, 'c')!.status).toBe('not-used');
    expect(item(us!, 'c')!.status).toBe('controlled');
    expect(item(wa!, 'f.1.a')!.text).toMatch(/193 nm/);
  });

  it('scores members’ alignment with the regime and finds words across every list', async () => {
    const { body } = await get('/api/v1/control-lists/alignment');
    const rows = body.rows as { list: string; score: number | null; entryShare: number }[];
    expect(rows.map((r) => r.list).sort()).toEqual(['in-scomet-2024', 'no-2022', 'us-ccl-2026']);
    for (const r of rows) {
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    // Neither dual-use list is judged on the munitions list, which neither holds; both have
    // nearly every regime entry (SCOMET lacks 1C003, an extraction gap; Norway 2022 lacks 3D006).
    const row = (id: string) =>
      rows.find((r) => r.list === id)! as unknown as {
        entryShare: number;
        munitions: boolean;
        total: { regimeEntries: number; present: number };
      };
    expect(row('no-2022').munitions).toBe(false);
    expect(row('no-2022').total).toMatchObject({ regimeEntries: 160, present: 159 });
    expect(row('in-scomet-2024').total).toMatchObject({ regimeEntries: 160, present: 159 });

    const euv = await get('/api/v1/control-lists/search?q=EUV');
    expect(euv.body.total).toBeGreaterThan(0);
    const gaa = await get(
      '/api/v1/control-lists/search?q=' + encodeURIComponent('"gate-all-around"'),
    );
    const lists = new Set(
      (gaa.body.hits as { listId: string; canonicalCode: string }[]).map((h) => h.listId),
    );
    expect(lists.has('us-ccl-2026') || lists.has('wa-2025')).toBe(true);
  });

  it('answers bad input with 400 or 404 naming the field, never 500', async () => {
    const cases: [string, number, string][] = [
      ['/api/v1/control-lists/diff?a=wa-2025', 400, 'b'],
      ['/api/v1/control-lists/diff?a=wa-2025&b=nope', 404, 'b'],
      ['/api/v1/control-lists/diff?a=WA%202025&b=us-ccl-2026', 400, 'a'],
      ['/api/v1/control-lists/entries/3B001?lists=wa-2025,zz', 404, 'lists'],
      ['/api/v1/control-lists/entries/9Z999', 400, 'code'],
      ['/api/v1/control-lists/entries/3B999', 404, 'code'],
      ['/api/v1/control-lists/search?q=', 400, 'q'],
      ['/api/v1/control-lists/search?q=euv&limit=0', 400, 'limit'],
      ['/api/v1/control-lists/lag?list=no-2022&regime=xx', 404, 'regime'],
      ['/api/v1/control-lists/unknown-list', 404, 'id'],
    ];
    for (const [url, status, field] of cases) {
      const r = await get(url);
      expect([url, r.status]).toEqual([url, status]);
      const issues = (r.body.issues ?? []) as { path: string }[];
      expect(
        issues.map((i) => i.path),
        url,
      ).toContain(field);
    }
  });
});

describe.skipIf(!hasSharedData || !semiconductorsAvailable)(
  'links from list entries to supply-chain inputs',
  () => {
    const TOKEN = 'control-links-test-token';
    let f: Fixture;
    let app: Awaited<ReturnType<typeof buildApp>>;
    beforeAll(async () => {
      f = await openStarterFixture();
      await importControlLists(f.services);
      const chain = await f.services.imports.run({
        format: 'eto-supply-chain',
        file: SEMICONDUCTOR_DIR,
      });
      expect(chain.written).toBe(true);
      app = await buildApp(f.services, { webDir: '/nonexistent', apiWriteToken: TOKEN });
    }, 180_000);
    afterAll(async () => {
      await app?.close();
      await f?.close();
    });

    const post = (url: string, payload: object, token: string | null = TOKEN) =>
      app.inject({
        method: 'POST',
        url,
        payload,
        headers: token === null ? {} : { authorization: `Bearer ${token}` },
      });
    const inputs = async (query = '') =>
      (
        await app.inject({
          method: 'GET',
          url: `/api/v1/control-lists/inputs?chain=semiconductors${query}`,
        })
      ).json<{
        items: {
          inputId: string;
          controlledBy: { listId: string; controls: string[] }[];
          regimeLists: string[];
          suppliers: { iso3: string; controls: boolean | null }[];
        }[];
      }>();

    it('refuses a link without an account, and bad links naming the field', async () => {
      const link = {
        code: '3B001',
        paragraph: 'f',
        chain: 'semiconductors',
        input: 'Lithography tools',
      };
      expect((await post('/api/v1/control-lists/links', link, null)).statusCode).toBe(401);
      const cases: [object, number, string][] = [
        [{ ...link, paragraph: 'F..1' }, 400, 'paragraph'],
        [{ ...link, code: 'XYZ' }, 400, 'code'],
        [{ ...link, input: 'No such tool' }, 404, 'input'],
        [{ ...link, code: '3B999' }, 404, 'code'],
        [{ ...link, paragraph: 'q.9.z' }, 404, 'paragraph'],
        [{ ...link, note: 'clears\u001b[2J the screen' }, 400, 'note'],
        [{ ...link, chain: 'nope' }, 404, 'code'],
      ];
      for (const [body, status, field] of cases) {
        const r = await post('/api/v1/control-lists/links', body);
        expect([JSON.stringify(body), r.statusCode]).toEqual([JSON.stringify(body), status]);
        if (field !== 'code' || status === 400)
          expect(r.json<{ issues: { path: string }[] }>().issues.map((i) => i.path)).toContain(
            field,
          );
      }
      expect((await inputs()).items).toEqual([]);
    });

    it('says which lists control a linked input, who supplies it, and records the link', async () => {
      const r = await post('/api/v1/control-lists/links', {
        code: '3.B.1.',
        paragraph: 'f',
        chain: 'semiconductors',
        input: 'Lithography tools',
        note: 'lithography equipment',
      });
      expect(r.statusCode).toBe(201);
      expect(r.json()).toMatchObject({
        canonicalCode: '3B001',
        paragraph: 'f',
        inputId: 'N19',
        createdBy: 'operator',
      });
      expect(
        (
          await post('/api/v1/control-lists/links', {
            code: '3B001',
            paragraph: 'c',
            chain: 'semiconductors',
            input: 'N55',
          })
        ).statusCode,
      ).toBe(201);
      // Given again without a note, a link keeps its note.
      const again = await post('/api/v1/control-lists/links', {
        code: '3B001',
        paragraph: 'f',
        chain: 'semiconductors',
        input: 'N19',
      });
      expect(again.json<{ note: string }>().note).toBe('lithography equipment');

      const { items } = await inputs('&coalition=USA,NLD,JPN,NOR,IND');
      const litho = items.find((i) => i.inputId === 'N19')!;
      expect(litho.controlledBy.map((c) => c.listId).sort()).toEqual([
        'in-scomet-2024',
        'no-2022',
        'us-ccl-2026',
      ]);
      expect(litho.regimeLists).toEqual(['wa-2025']);
      // The Netherlands and Japan supply lithography tools; no list of theirs is loaded.
      expect(litho.suppliers.find((s) => s.iso3 === 'NLD')?.controls).toBeNull();
      // Dry etch (3B001.c): only the US list controls it; Wassenaar and the others print it as not used.
      const etch = items.find((i) => i.inputId === 'N55')!;
      expect(etch.controlledBy.map((c) => c.listId)).toEqual(['us-ccl-2026']);
      expect(etch.regimeLists).toEqual([]);

      // The three saves are in the governance log, against the caller, with codes only.
      const log = (await f.services.audit.page({ limit: 1000 })).items.filter(
        (e) => e.type === 'control.linked',
      );
      expect(log.map((e) => [e.actor, JSON.parse(e.payload) as unknown])).toEqual([
        ['operator', { code: '3B001', paragraph: 'f', chain: 'semiconductors', input: 'N19' }],
        ['operator', { code: '3B001', paragraph: 'c', chain: 'semiconductors', input: 'N55' }],
        ['operator', { code: '3B001', paragraph: 'f', chain: 'semiconductors', input: 'N19' }],
      ]);
    });

    it('removes a link, and the next answer no longer shows it', async () => {
      const key = { code: '3B001', paragraph: 'c', chain: 'semiconductors', input: 'N55' };
      expect((await post('/api/v1/control-lists/links/remove', key)).statusCode).toBe(204);
      expect((await post('/api/v1/control-lists/links/remove', key)).statusCode).toBe(404);
      expect((await inputs()).items.map((i) => i.inputId)).toEqual(['N19']);
    });
  },
);
