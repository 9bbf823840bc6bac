// Browser flow: accounts — the secretariat creates an account on the Accounts page and disables
// another (who can then no longer sign in), a user changes their password on My account (and the
// old one stops working), and write pages show the operator's token field only to readers who are
// not signed in, after telling them to sign in.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { importFixtureLists } from './screening-data.ts';

/** A member delegate who will be disabled (fixed test values, never real secrets). */
const ITA = { email: 'ita@e2e.test', password: 'ita-delegate-password', name: 'Marco Rossi' };

async function prepareAccounts(databaseUrl: string): Promise<void> {
  await importFixtureLists(databaseUrl);
  const platform = await openPlatform(databaseUrl);
  try {
    await buildServices(platform).accounts.create({
      ...ITA,
      role: 'member_delegate',
      delegation: 'ITA',
    });
  } finally {
    await platform.close();
  }
}

describe.skipIf(!chromiumAvailable)('accounts pages', () => {
  let harness: BrowserHarness;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare: prepareAccounts });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await harness?.close();
  });

  async function fresh(): Promise<{ page: Page; errors: string[] }> {
    const context = await harness.browser.newContext({ viewport: DESKTOP });
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    return { page, errors };
  }

  /** Signs in on the sign-in page; resolves with the page's message when it is refused. */
  async function signIn(page: Page, email: string, password: string, next = '/account') {
    await page.goto(`${harness.url}/#/login?next=${encodeURIComponent(next)}`);
    await page.locator('#login-email').fill(email);
    await page.locator('#login-password').fill(password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  it('lets the secretariat create an account and disable one, who can then not sign in', async () => {
    // ITA is signed in elsewhere before being disabled.
    const ita = await fresh();
    await signIn(ita.page, ITA.email, ITA.password);
    await ita.page.locator('#account-me', { hasText: ITA.name }).waitFor();

    const sec = await fresh();
    await signIn(sec.page, E2E_ADMIN.email, E2E_ADMIN.password, '/accounts');
    await sec.page.locator('.accounts-table').waitFor();
    expect(await sec.page.locator('a[data-nav="accounts"]').innerText()).toBe('Accounts');

    // Create a partner delegate.
    await sec.page.locator('#new-email').fill('kor@e2e.test');
    await sec.page.locator('#new-name').fill('Ji-woo Park');
    await sec.page.locator('#new-role').selectOption('partner_delegate');
    await sec.page.locator('#new-delegation').fill('KOR');
    await sec.page.locator('#new-password').fill('kor-partner-password');
    await sec.page.getByRole('button', { name: 'Create account' }).click();
    await sec.page.locator('tr[data-account="kor@e2e.test"]').waitFor();
    expect(
      await sec.page.locator('tr[data-account="kor@e2e.test"] .account-role').innerText(),
    ).toBe('partner delegate');

    // The last secretariat account cannot be disabled: the API's reason is shown.
    await sec.page.getByRole('button', { name: `Disable ${E2E_ADMIN.email}` }).click();
    await sec.page.locator('.accounts-status', { hasText: 'last active secretariat' }).waitFor();

    // Disable ITA.
    await sec.page.getByRole('button', { name: `Disable ${ITA.email}` }).click();
    await sec.page
      .locator(`tr[data-account="${ITA.email}"] .account-state`, { hasText: 'Disabled' })
      .waitFor();
    expect(await sec.page.locator('.accounts-status').innerText()).toMatch(/is disabled/);

    // ITA's open session has ended, and signing in again is refused.
    await ita.page.reload();
    await ita.page.locator('#account-sign-in').waitFor();
    await signIn(ita.page, ITA.email, ITA.password);
    await ita.page
      .locator('.notice-error', { hasText: 'wrong e-mail address or password' })
      .waitFor();
    expect(ita.page.url()).toContain('#/login');

    // The secretariat changes the new account's role.
    await sec.page.getByRole('button', { name: 'Change the role of kor@e2e.test' }).click();
    const form = sec.page.locator('tr[data-account="kor@e2e.test"] form');
    await form.locator('select').first().selectOption('observer');
    await form.locator('input').fill('OECD');
    await form.getByRole('button', { name: 'Save role' }).click();
    await sec.page
      .locator('tr[data-account="kor@e2e.test"] .account-role', { hasText: 'observer' })
      .waitFor();
    expect([...ita.errors, ...sec.errors]).toEqual([]);
  });

  it('lets a user change their password: the old one stops working, the new one signs in', async () => {
    const { page, errors } = await fresh();
    await signIn(page, 'kor@e2e.test', 'kor-partner-password');
    await page.locator('#account-me', { hasText: 'Ji-woo Park' }).waitFor();
    expect(await page.locator('a[data-nav="accounts"]').count()).toBe(0);
    await page.locator('#current-password').fill('wrong-password-entirely');
    await page.locator('#new-password').fill('kor-new-password-2');
    await page.locator('#repeat-password').fill('kor-new-password-2');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('.notice-error', { hasText: 'current password is wrong' }).waitFor();
    await page.locator('#current-password').fill('kor-partner-password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('#password-changed').waitFor();
    await page.getByRole('button', { name: 'Sign out everywhere else' }).click();
    expect(await page.locator('#sessions-ended').innerText()).toBe('No other session was open.');

    const other = await fresh();
    await signIn(other.page, 'kor@e2e.test', 'kor-partner-password');
    await other.page
      .locator('.notice-error', { hasText: 'wrong e-mail address or password' })
      .waitFor();
    await signIn(other.page, 'kor@e2e.test', 'kor-new-password-2');
    await other.page.locator('#account-me', { hasText: 'Ji-woo Park' }).waitFor();
    expect([...errors, ...other.errors]).toEqual([]);
  });

  it('tells readers to sign in before offering the operator token, and hides it once signed in', async () => {
    const anon = await fresh();
    await anon.page.goto(`${harness.url}/#/coalitions/new`);
    const access = anon.page.locator('.write-access');
    await access.locator('.write-sign-in a', { hasText: 'Sign in' }).waitFor();
    expect(await access.locator('.write-sign-in a').getAttribute('href')).toBe(
      `#/login?next=${encodeURIComponent('/coalitions/new')}`,
    );
    // The sign-in link comes before the token field.
    const order = await access.evaluate((el) => {
      const link = el.querySelector('.write-sign-in');
      const token = el.querySelector('input[name="write-token"]');
      return link && token ? link.compareDocumentPosition(token) : 0;
    });
    expect(order & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */).toBe(4);

    const signedIn = await fresh();
    await signIn(signedIn.page, E2E_ADMIN.email, E2E_ADMIN.password, '/coalitions/new');
    await signedIn.page
      .locator('.write-access .write-as', { hasText: 'Changes are saved as' })
      .waitFor();
    expect(await signedIn.page.locator('input[name="write-token"]').count()).toBe(0);
    await signedIn.page.goto(`${harness.url}/#/screening`);
    await signedIn.page
      .locator('.write-access .write-as', { hasText: 'Changes are saved as' })
      .waitFor();
    expect(await signedIn.page.locator('#screening-token').count()).toBe(0);
    expect([...anon.errors, ...signedIn.errors]).toEqual([]);
  });
});
