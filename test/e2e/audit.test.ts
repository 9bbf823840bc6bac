// Browser flow: the governance event log. The secretariat signs in, sees the log and the server's
// verification, makes a signed checkpoint and downloads it (the file verifies against the log); an
// observer sees the log with the members-only proposal's entries hidden (no title anywhere); a
// proposal page shows its history timeline (who moved it, when).
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProposalDraft } from '../../src/core/governance/proposal.ts';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices } from '../../src/services/services.ts';
import {
  type BrowserHarness,
  chromiumAvailable,
  collectErrors,
  DESKTOP,
  E2E_ADMIN,
  startBrowserHarness,
} from './browser-harness.ts';

interface Person {
  email: string;
  password: string;
  name: string;
}

const OBSERVER: Person = {
  email: 'oecd@e2e.test',
  password: 'oecd-observer-password',
  name: 'Olivia Observer',
};
const SECRETARIAT: Person = { ...E2E_ADMIN, name: 'Secretariat' };
const SECRET_TITLE = 'Confidential stockpile quotas';

const ids = { public: '', members: '' };

/** An observer, a workstream, a public proposal moved to deliberation and a members-only one. */
async function prepare(databaseUrl: string): Promise<void> {
  const platform = await openPlatform(databaseUrl);
  try {
    const s = buildServices(platform);
    await s.accounts.create({
      email: OBSERVER.email,
      name: OBSERVER.name,
      role: 'observer',
      delegation: 'OECD',
      password: OBSERVER.password,
    });
    const op = { kind: 'operator' } as const;
    await s.governance.saveWorkstream(op, {
      code: 'chips',
      name: 'Semiconductor supply',
      description: '',
      decisionRule: { kind: 'unanimity' },
      participants: [{ delegation: 'DEU', rights: ['read', 'propose', 'comment', 'vote'] }],
    });
    const pub = await s.governance.create(
      op,
      parseProposalDraft({
        title: 'Open export-control alignment',
        text: 'Align the lists.\n',
        confidentiality: 'public',
        workstream: 'chips',
      }),
    );
    await s.governance.transition(op, pub.id, { to: 'deliberation' });
    const members = await s.governance.create(
      op,
      parseProposalDraft({
        title: SECRET_TITLE,
        text: 'Quotas per member.\n',
        confidentiality: 'members',
        workstream: 'chips',
      }),
    );
    await s.governance.transition(op, members.id, { to: 'deliberation' });
    ids.public = pub.id;
    ids.members = members.id;
  } finally {
    await platform.close();
  }
}

describe.skipIf(!chromiumAvailable)('audit page', () => {
  let harness: BrowserHarness;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await harness?.close();
  });

  async function signIn(person: Person): Promise<{ page: Page; errors: string[] }> {
    const context = await harness.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${harness.url}/#/audit`);
    await page.locator('#account-slot a', { hasText: 'Sign in' }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/login'));
    await page.locator('#login-email').fill(person.email);
    await page.locator('#login-password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/audit'));
    await page.locator('#account-who', { hasText: person.name }).waitFor();
    return { page, errors };
  }

  it('shows the log and its verification, and downloads a signed checkpoint', async () => {
    const { page, errors } = await signIn(SECRETARIAT);
    await expect
      .poll(() => page.locator('nav [data-nav="audit"]').getAttribute('aria-current'))
      .toBe('page');
    const status = page.locator('#audit-status');
    await status.waitFor();
    expect(await status.getAttribute('data-ok')).toBe('true');
    expect(await status.innerText()).toMatch(/^Verified — \d+ entries/);
    // The secretariat reads every entry, the members-only proposal's too.
    await page.locator(`#audit-log tbody tr[data-type="proposal.moved"]`).first().waitFor();
    expect(await page.locator('#audit-log tbody tr.audit-redacted').count()).toBe(0);
    expect(await page.locator('#audit-fingerprint').innerText()).toMatch(/^[0-9a-f]{64}$/);

    await page.locator('#no-checkpoints').waitFor();
    await page.getByRole('button', { name: 'Make a checkpoint now' }).click();
    const row = page.locator('#audit-checkpoints tbody tr').first();
    await row.waitFor();
    const seq = Number(await row.getAttribute('data-seq'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download checkpoint ${seq}` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`audit-checkpoint-${seq}.json`);
    const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      seq: number;
      headHash: string;
      signature: string;
    };
    expect(file.seq).toBe(seq);
    expect(Object.keys(file).sort()).toEqual(['at', 'fingerprint', 'headHash', 'seq', 'signature']);
    // The checkpoint names the head the log shows.
    const head = await page.evaluate(async () => {
      const r = await fetch('/api/v1/audit/log?limit=1');
      return ((await r.json()) as { head: { seq: number; hash: string } }).head;
    });
    expect(file).toMatchObject({ seq: head.seq, headHash: head.hash });
    // Verifying again now compares the stored checkpoint too.
    await page.getByRole('button', { name: 'Verify again' }).click();
    await expect.poll(() => status.innerText()).toMatch(/1 signed checkpoint matches the log/);
    expect(errors).toEqual([]);
  });

  it("hides a members-only proposal's entries from an observer, and shows a proposal's history", async () => {
    const { page, errors } = await signIn(OBSERVER);
    await page.locator('#audit-status[data-ok="true"]').waitFor();
    await page.locator('#audit-log tbody tr.audit-redacted').first().waitFor();
    const text = await page.locator('main').innerText();
    expect(text).not.toContain(SECRET_TITLE);
    expect(text).not.toContain(ids.members);
    expect(await page.locator('#audit-summary').innerText()).toMatch(/hidden from you/);

    await page.goto(`${harness.url}/#/proposals/${ids.public}`);
    const history = page.locator('#proposal-history li');
    await history.nth(1).waitFor();
    expect(await history.allInnerTexts()).toEqual([
      expect.stringMatching(/Created \(public\) — the operator #\d+$/),
      expect.stringMatching(/Moved from Draft to Deliberation — the operator #\d+$/),
    ]);
    expect(errors).toEqual([]);
  });
});
