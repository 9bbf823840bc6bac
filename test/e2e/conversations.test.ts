// Browser flow: a conversation (Polis-style consultation) with 30 participants already in two
// opinion camps. A member delegate of France signs in, votes on the statements one at a time from
// the keyboard (A agree, D disagree) and with the buttons, and once placed sees their own point
// ringed on the map in camp A's group; a delegate of Germany then votes the other way in a second
// browser, and France's page — without a reload — shows the map grown by one participant, with
// Germany counted in the other group in the breakdown by economy. The weighting switch puts the
// weighting in the address; a statement France writes waits for moderation and, accepted by the
// secretariat, joins the conversation. The axe check of each page.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vote } from '../../src/core/opinion/conversation.ts';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices } from '../../src/services/services.ts';
import {
  type BrowserHarness,
  chromiumAvailable,
  collectErrors,
  DESKTOP,
  E2E_ADMIN,
  expectAccessible,
  startBrowserHarness,
} from './browser-harness.ts';

const CODE = 'chip-security-e2e';
const FRA = {
  email: 'fra@conversations.e2e.test',
  password: 'fra-delegate-password',
  name: 'Claire Martin',
};
const DEU = {
  email: 'deu@conversations.e2e.test',
  password: 'deu-delegate-password',
  name: 'Jonas Weber',
};
/** Camp A agrees with statements 0–3 and disagrees with 4–7; camp B the other way round. */
const SEEDS = [
  'Export controls on advanced chips should be coordinated before any member acts alone.',
  'A shared list of restricted end users would make controls more effective.',
  'Members should notify each other before adding a new unilateral control.',
  'The alliance should fund joint research on chip supply-chain security.',
  'Each member should keep full freedom to set its own export controls.',
  'Coordination of controls slows down urgent national security decisions.',
  'Restricted-party lists are best kept national.',
  'Industry consultations should happen nationally, not at alliance level.',
];
const agreesA = (statement: number): boolean => statement < 4;

async function prepare(databaseUrl: string): Promise<void> {
  const platform = await openPlatform(databaseUrl);
  try {
    const s = buildServices(platform);
    const op = { kind: 'operator' } as const;
    for (const [who, delegation] of [
      [FRA, 'FRA'],
      [DEU, 'DEU'],
    ] as const)
      await s.accounts.create({
        email: who.email,
        name: who.name,
        role: 'member_delegate',
        delegation,
        password: who.password,
      });
    await s.conversations.create(op, {
      code: CODE,
      title: 'Coordinating export controls on advanced chips',
      description: 'How far should members coordinate their controls on advanced chips?',
      confidentiality: 'alliance',
      seeds: SEEDS,
    });
    // 30 participants in two camps of 15; each vote, with a chance of 1 in 10, a pass, and with
    // another 1 in 10 the other camp's (a seeded generator: the same votes every run).
    const economies = ['USA', 'JPN', 'GBR', 'CAN', 'KOR'];
    const constituencies = ['industry', 'ngo', 'academia'] as const;
    const participants = Array.from({ length: 30 }, (_, i) => ({
      id: String(i),
      economy: economies[i % economies.length]!,
      constituency: constituencies[i % constituencies.length]!,
      accountId: null,
    }));
    let state = 7;
    const random = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    const votes: Vote[] = [];
    for (const p of participants) {
      const i = Number(p.id);
      for (let j = 0; j < SEEDS.length; j++) {
        const camp = agreesA(j) === i < 15 ? 1 : -1;
        const x = random();
        votes.push({
          participant: p.id,
          statement: String(j),
          value: x < 0.1 ? 0 : x < 0.2 ? (-camp as 1 | -1) : camp,
          at: new Date(Date.UTC(2026, 10, 1, 9, i, j)).toISOString(),
        });
      }
    }
    await platform.store.transaction(async (tx) => {
      await tx.conversations.addParticipants(CODE, participants);
      await tx.conversations.addVotes(CODE, votes);
    });
  } finally {
    await platform.close();
  }
}

/** Waits until nothing in #main is loading any more. */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('#main [aria-busy="true"]').count(), { timeout: 30_000 })
    .toBe(0);
}

const placed = async (page: Page): Promise<number> =>
  Number(await page.locator('#opinion').getAttribute('data-participants'));

/** Signs in on a new context's page and opens the conversation. */
async function signIn(
  harness: BrowserHarness,
  contexts: BrowserContext[],
  who: { email: string; password: string; name: string },
): Promise<{ page: Page; errors: string[] }> {
  const context = await harness.browser.newContext({ viewport: DESKTOP });
  contexts.push(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const path = `/conversations/item?code=${CODE}`;
  await page.goto(`${harness.url}/#/login?next=${encodeURIComponent(path)}`);
  await page.locator('#login-email').fill(who.email);
  await page.locator('#login-password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForFunction(() => location.hash.startsWith('#/conversations/item'));
  await page.locator('#account-who', { hasText: who.name }).waitFor();
  return { page, errors };
}

/** Votes on every statement the card shows, in camp A's way or camp B's. */
async function voteAll(page: Page, campA: boolean, by: 'keys' | 'buttons'): Promise<number> {
  let n = 0;
  for (;;) {
    const card = page.locator('#voting-card');
    const done = page.locator('#voting-done');
    await card.or(done).first().waitFor();
    if (await done.isVisible()) return n;
    const statement = Number(await card.getAttribute('data-statement'));
    const agree = agreesA(statement) === campA;
    if (by === 'keys') {
      await card.focus();
      await page.keyboard.press(agree ? 'a' : 'd');
    } else {
      await card.getByRole('button', { name: agree ? 'Agree' : 'Disagree', exact: true }).click();
    }
    // The card moves on to another statement (or says none is left).
    await expect
      .poll(async () =>
        (await done.isVisible()) ? 'done' : await card.getAttribute('data-statement'),
      )
      .not.toBe(String(statement));
    n++;
  }
}

describe.skipIf(!chromiumAvailable)('conversation pages', () => {
  let harness: BrowserHarness;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare });
  }, 240_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await harness?.close();
  });

  it('lists the conversation and shows its map of two groups to a reader', async () => {
    const { page, errors } = await signIn(harness, contexts, FRA);
    await page.goto(`${harness.url}/#/conversations`);
    const row = page.locator(`#main tr[data-code="${CODE}"]`);
    await row.waitFor();
    expect(await row.innerText()).toContain('Coordinating export controls on advanced chips');
    await settled(page);
    await expectAccessible(page, '#/conversations');
    await row.getByRole('link').click();
    await page.locator('#opinion[data-k="2"]').waitFor();
    expect(await placed(page)).toBe(30);
    // Not placed yet: no point of France's own.
    expect(await page.locator('svg.opinion-map-svg .opinion-me').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('lets two participants from different economies vote and see the map update', async () => {
    const fra = await signIn(harness, contexts, FRA);
    const page = fra.page;
    await page.locator('#opinion[data-k="2"]').waitFor();
    expect(await page.locator('#voting-card .voting-text').innerText()).not.toBe('');
    await settled(page);
    await expectAccessible(page, `#/conversations/item?code=${CODE} (participant)`);

    // France votes with camp A: the first four by keyboard, the rest with the buttons.
    let votes = 0;
    for (let i = 0; i < 4; i++) {
      const card = page.locator('#voting-card');
      const statement = Number(await card.getAttribute('data-statement'));
      await card.focus();
      await page.keyboard.press(agreesA(statement) ? 'a' : 'd');
      await expect.poll(() => card.getAttribute('data-statement')).not.toBe(String(statement));
      // The next statement has the focus, so the keyboard goes on.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('voting-card');
      votes++;
    }
    votes += await voteAll(page, true, 'buttons');
    expect(votes).toBe(SEEDS.length);

    // Placed: 31 participants, France's own point ringed, in camp A's group.
    await expect.poll(() => placed(page), { timeout: 20_000 }).toBe(31);
    const me = page.locator('svg.opinion-map-svg .opinion-me');
    await me.waitFor();
    const fraGroup = await page
      .locator('#main .breakdown-economy tr[data-economy="FRA"]')
      .innerText();
    expect(fraGroup).toMatch(/FRA|France/);
    const yours = page.locator('.opinion-group-button', { hasText: 'your group' });
    await yours.waitFor();
    const groupA = await yours.getAttribute('data-group');
    // The camp A participants (0–14) are in the group France joined.
    const fillOf = (participant: string) =>
      page
        .locator(`svg.opinion-map-svg circle[data-participant="${participant}"]`)
        .getAttribute('fill');
    expect(await fillOf('0')).toBe(`var(--color-cat-${Number(groupA) + 1})`);

    // Germany votes with camp B in another browser …
    const deu = await signIn(harness, contexts, DEU);
    await deu.page.locator('#voting-card').waitFor();
    expect(await voteAll(deu.page, false, 'buttons')).toBe(SEEDS.length);
    await expect.poll(() => placed(deu.page), { timeout: 20_000 }).toBe(32);

    // … and France's page follows without a reload: 32 placed, Germany in the other group.
    await expect.poll(() => placed(page), { timeout: 20_000 }).toBe(32);
    const deuRow = page.locator('#main .breakdown-economy tr[data-economy="DEU"]');
    await deuRow.waitFor();
    const cells = async (row: string) =>
      page.locator(`#main .breakdown-economy tr[data-economy="${row}"] td`).allInnerTexts();
    const fraCells = await cells('FRA');
    const deuCells = await cells('DEU');
    // Columns: one per group, then the total; France and Germany each count once, in different
    // groups, France in the group marked as its own (ids follow the groups' sizes, so read again).
    const k = Number(await page.locator('#opinion').getAttribute('data-k'));
    expect(fraCells, JSON.stringify({ fraCells, deuCells, k })).toHaveLength(k + 1);
    expect(fraCells.at(-1)).toBe('1');
    expect(deuCells.at(-1)).toBe('1');
    const fraIn = fraCells.slice(0, k).indexOf('1');
    const deuIn = deuCells.slice(0, k).indexOf('1');
    expect(fraIn).not.toBe(deuIn);
    expect(String(fraIn)).toBe(await yours.getAttribute('data-group'));
    // Participant 0 (camp A) shares France's group; participant 15 (camp B), Germany's.
    expect(await fillOf('0')).toBe(`var(--color-cat-${fraIn + 1})`);
    expect(await fillOf('15')).toBe(`var(--color-cat-${deuIn + 1})`);
    expect(await page.locator('#map-live').innerText()).toContain('Updates while');
    await settled(page);
    await expectAccessible(page, `#/conversations/item?code=${CODE} (voted)`);

    // The weighting switch: each economy equal, kept in the address.
    await page.getByLabel('Each economy equal').check();
    await page.waitForFunction(() => location.hash.includes('weight=economy'));
    await page.locator('.opinion-group-button', { hasText: '(weight' }).first().waitFor();
    expect(fra.errors).toEqual([]);
    expect(deu.errors).toEqual([]);
  });

  it('sends a participant’s statement to moderation; the secretariat accepts it', async () => {
    const fra = await signIn(harness, contexts, FRA);
    await fra.page.locator('#statement-text').fill('Joint licensing guidance would help firms.');
    await fra.page.getByRole('button', { name: 'Submit the statement' }).click();
    expect(await fra.page.locator('#statement-sent').innerText()).toContain(
      'waits for the secretariat',
    );

    const admin = await signIn(harness, contexts, { ...E2E_ADMIN, name: '' });
    const item = admin.page.locator('#moderation-list li', {
      hasText: 'Joint licensing guidance would help firms.',
    });
    await item.waitFor();
    // The secretariat moderates and does not vote: no voting card.
    await admin.page.locator('#conversation-no-vote').waitFor();
    expect(await admin.page.locator('#voting-card').count()).toBe(0);
    await settled(admin.page);
    await expectAccessible(admin.page, `#/conversations/item?code=${CODE} (secretariat)`);
    await item.getByRole('button', { name: 'Accept', exact: false }).first().click();
    await admin.page.locator('#moderation-none').waitFor();

    // France, who has voted on everything, is now shown the new statement.
    await fra.page.reload();
    await expect
      .poll(() => fra.page.locator('#voting-card .voting-text').innerText(), { timeout: 20_000 })
      .toBe('Joint licensing guidance would help firms.');
    expect(fra.errors).toEqual([]);
    expect(admin.errors).toEqual([]);
  });
});
