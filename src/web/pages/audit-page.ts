// The governance event log: the server's verification of it (chain, signatures, checkpoints), the
// public key it is signed with, signed checkpoints to download and keep, and the entries the reader
// may see, newest first (entries about proposals they may not read show as hidden: their place in
// the chain only). Members verify on their own with `techalliance audit verify` (docs/audit-log.md).
import {
  auditApi,
  describeEvent,
  isRedacted,
  type AuditCheckpoint,
  type AuditEntry,
  type AuditRecord,
  type AuditVerification,
} from '../components/audit-history.ts';
import { when, whenExact } from '../components/governance-labels.ts';
import { h } from '../element.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import type { PageContext } from '../router.ts';
import { canWrite, currentUser, signInHref } from '../session.ts';
import { downloadText } from '../csv-file.ts';

/** Entries fetched per page. */
const PAGE = 100;

/** Offers `text` as a file to save. */
const download = (filename: string, text: string, type = 'application/json'): void =>
  downloadText(filename, text, type);

const short = (hash: string): string => `${hash.slice(0, 12)}…`;

function verificationBlock(v: AuditVerification): HTMLElement {
  const ok = v.ok;
  return h(
    'div',
    {
      class: `card audit-status ${ok ? 'audit-status-ok' : 'audit-status-broken'}`,
      id: 'audit-status',
      'data-ok': String(ok),
    },
    h(
      'p',
      { class: 'audit-status-line' },
      h('strong', {}, ok ? 'Verified' : 'Broken'),
      ok
        ? ` — ${v.checked} ${v.checked === 1 ? 'entry' : 'entries'}: every hash links to the one before and every signature verifies${v.checkpoints > 0 ? `; ${v.checkpoints} signed ${v.checkpoints === 1 ? 'checkpoint matches' : 'checkpoints match'} the log` : ''}.`
        : ` at entry ${v.firstBroken?.seq ?? '?'}: ${v.firstBroken?.reason ?? ''} (${v.firstBroken?.detail ?? ''}). ${v.checked} entries before it verified.`,
    ),
    h(
      'p',
      { class: 'field-hint' },
      'Head ',
      h('code', { title: v.headHash }, short(v.headHash)),
      v.fingerprint ? [' · key ', h('code', { title: v.fingerprint }, short(v.fingerprint))] : '',
      '. This is the server’s own check; check an export yourself with ',
      h('code', {}, 'techalliance audit verify --file audit.jsonl --key audit-key.pem'),
      '.',
    ),
  );
}

function detailsOf(e: AuditEntry): string {
  try {
    const value = JSON.parse(e.payload) as Record<string, unknown>;
    const plain: Record<string, string | number | boolean | null> = {};
    for (const [k, v] of Object.entries(value))
      if (v === null || ['string', 'number', 'boolean'].includes(typeof v))
        plain[k] = v as string | number | boolean | null;
    const said = describeEvent(e.type, plain);
    return typeof value.proposal === 'string' ? `${said} · proposal ${value.proposal}` : said;
  } catch {
    return e.payload;
  }
}

function entryRow(e: AuditRecord): HTMLElement {
  if (isRedacted(e))
    return h(
      'tr',
      { class: 'audit-redacted', 'data-seq': e.seq },
      h('td', { class: 'num' }, e.seq),
      h(
        'td',
        { colspan: 4 },
        h('em', {}, 'Hidden: about something you may not see.'),
        ' Its hash ',
        h('code', { title: e.hash }, short(e.hash)),
        ' still links the chain.',
      ),
    );
  const proposal = (() => {
    try {
      const p = (JSON.parse(e.payload) as { proposal?: unknown }).proposal;
      return typeof p === 'string' ? p : null;
    } catch {
      return null;
    }
  })();
  return h(
    'tr',
    { 'data-seq': e.seq, 'data-type': e.type },
    h('td', { class: 'num' }, e.seq),
    h(
      'td',
      { class: 'audit-when' },
      h('time', { datetime: e.at, title: whenExact(e.at) }, when(e.at)),
    ),
    h('td', {}, h('code', {}, e.type)),
    h('td', {}, e.actor),
    h(
      'td',
      {},
      proposal
        ? h('a', { href: `#/proposals/${encodeURIComponent(proposal)}` }, detailsOf(e))
        : detailsOf(e),
    ),
  );
}

function checkpointsBlock(
  items: AuditCheckpoint[],
  mayMake: boolean,
  make: () => Promise<void>,
): HTMLElement {
  const status = h('div', { 'aria-live': 'polite' });
  const makeButton = mayMake
    ? h(
        'button',
        {
          type: 'button',
          class: 'button button-quiet button-small',
          id: 'make-checkpoint',
          onClick: (ev: Event) => {
            const b = ev.currentTarget as HTMLButtonElement;
            b.disabled = true;
            make()
              .catch((err: unknown) =>
                status.replaceChildren(errorBlock('The checkpoint could not be made', err)),
              )
              .finally(() => (b.disabled = false));
          },
        },
        'Make a checkpoint now',
      )
    : null;
  return h(
    'div',
    {},
    h(
      'p',
      {},
      'A checkpoint is the log’s head (entry number and hash) at a time, signed with the log’s key. Keep the file: if the log is later cut back or wiped, ',
      h('code', {}, 'techalliance audit verify --checkpoint <file>'),
      ' finds it. The server makes one every 100 entries; the secretariat can make one at any time.',
    ),
    makeButton,
    status,
    items.length === 0
      ? h('p', { id: 'no-checkpoints' }, 'No checkpoint yet.')
      : h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'data-table', id: 'audit-checkpoints' },
            h('caption', { class: 'visually-hidden' }, 'Signed checkpoints, newest first'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col', class: 'num' }, 'Entry'),
                h('th', { scope: 'col' }, 'Made'),
                h('th', { scope: 'col' }, 'Head hash'),
                h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Download')),
              ),
            ),
            h(
              'tbody',
              {},
              items.map((c) =>
                h(
                  'tr',
                  { 'data-seq': c.seq },
                  h('td', { class: 'num' }, c.seq),
                  h('td', {}, h('time', { datetime: c.at, title: whenExact(c.at) }, when(c.at))),
                  h('td', {}, h('code', { title: c.headHash }, short(c.headHash))),
                  h(
                    'td',
                    {},
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'button button-quiet button-small',
                        'data-download': c.seq,
                        onClick: () => {
                          download(
                            `audit-checkpoint-${c.seq}.json`,
                            JSON.stringify(c, null, 2) + '\n',
                          );
                          announce(`Checkpoint ${c.seq} downloaded.`);
                        },
                      },
                      `Download checkpoint ${c.seq}`,
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
  );
}

export async function auditPage({ root, signal }: PageContext): Promise<void> {
  document.title = 'Governance event log — techalliance';
  const section = (id: string, title: string, ...children: HTMLElement[]) =>
    h(
      'section',
      { class: 'gov-section', 'aria-labelledby': `${id}-heading`, id },
      h('h2', { id: `${id}-heading` }, title),
      ...children,
    );
  const statusSlot = h('div', {}, loadingBlock('the verification'));
  const keySlot = h('div', {}, loadingBlock('the public key'));
  const checkpointsSlot = h('div', {});
  const logSlot = h('div', {});
  root.append(
    h('h1', { tabindex: '-1' }, 'Governance event log'),
    h(
      'p',
      { class: 'lede' },
      'Every governance event — proposals created, edited and moved, ballots, comments, consultation answers, rules and roles — is written to a hash-chained log signed by the server, in the same transaction as the change. Entries hold ids and hashes only; you see the entries about what you may see.',
    ),
    section('verification', 'Verification', statusSlot),
    section('public-key', 'Public key', keySlot),
    section('checkpoints', 'Checkpoints', checkpointsSlot),
    section('log', 'Entries', logSlot),
  );

  auditApi
    .key(signal)
    .then((k) =>
      keySlot.replaceChildren(
        h(
          'p',
          {},
          'Ed25519; SHA-256 fingerprint ',
          h('code', { id: 'audit-fingerprint' }, k.fingerprint),
          '. Compare it through a second channel before relying on it.',
        ),
        h('pre', { class: 'audit-pem', id: 'audit-pem' }, k.pem),
        h(
          'button',
          {
            type: 'button',
            class: 'button button-quiet button-small',
            onClick: () => download('audit-key.pem', k.pem, 'application/x-pem-file'),
          },
          'Download the public key',
        ),
      ),
    )
    .catch((e: unknown) => {
      if (!isAbort(e)) keySlot.replaceChildren(errorBlock('The public key could not be shown', e));
    });

  const me = await currentUser();
  if (signal.aborted) return;
  if (me.kind === 'anonymous') {
    const signIn = h(
      'p',
      {},
      h('a', { href: signInHref() }, 'Sign in'),
      ' to read the log, its verification and its checkpoints.',
    );
    statusSlot.replaceChildren(signIn);
    checkpointsSlot.replaceChildren(signIn.cloneNode(true));
    logSlot.replaceChildren(signIn.cloneNode(true));
    return;
  }

  const verify = async (): Promise<void> => {
    statusSlot.replaceChildren(loadingBlock('the verification'));
    try {
      const v = await auditApi.verify(signal);
      statusSlot.replaceChildren(
        verificationBlock(v),
        h(
          'button',
          {
            type: 'button',
            class: 'button button-quiet button-small',
            id: 'verify-again',
            onClick: () => void verify(),
          },
          'Verify again',
        ),
      );
      announce(v.ok ? 'The log verifies.' : 'The log is broken.');
    } catch (e) {
      if (!isAbort(e)) statusSlot.replaceChildren(errorBlock('The log could not be verified', e));
    }
  };

  const mayMake =
    canWrite(me) &&
    (me.kind === 'operator' || (me.kind === 'account' && me.account?.role === 'secretariat'));
  const loadCheckpoints = async (): Promise<void> => {
    try {
      const { items } = await auditApi.checkpoints(signal);
      checkpointsSlot.replaceChildren(
        checkpointsBlock(items, mayMake, async () => {
          const c = await auditApi.makeCheckpoint();
          announce(`Checkpoint at entry ${c.seq} made.`);
          await loadCheckpoints();
        }),
      );
    } catch (e) {
      if (!isAbort(e))
        checkpointsSlot.replaceChildren(errorBlock('The checkpoints could not be shown', e));
    }
  };

  // The log, newest first: the last page, then earlier pages on request.
  const rows = h('tbody', {});
  const more = h('div', {});
  const summary = h('p', { class: 'field-hint', id: 'audit-summary' });
  let shownFrom = 0;
  let hidden = 0;
  const loadBefore = async (end: number): Promise<void> => {
    const after = Math.max(0, end - PAGE);
    const page = await auditApi.log(after, end - after, signal);
    hidden += page.redacted;
    rows.append(...page.items.slice().reverse().map(entryRow));
    shownFrom = after;
    summary.textContent = `${page.head.seq} entries in the log; showing ${page.head.seq - shownFrom} newest${hidden > 0 ? `, ${hidden} of them hidden from you` : ''}.`;
    more.replaceChildren(
      shownFrom > 0
        ? h(
            'button',
            {
              type: 'button',
              class: 'button button-quiet button-small',
              onClick: () => void loadBefore(shownFrom).catch(() => undefined),
            },
            'Show earlier entries',
          )
        : '',
    );
  };
  const loadLog = async (): Promise<void> => {
    try {
      const head = (await auditApi.log(0, 1, signal)).head;
      if (head.seq === 0) {
        logSlot.replaceChildren(h('p', {}, 'No entries yet.'));
        return;
      }
      logSlot.replaceChildren(
        summary,
        h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'data-table audit-log', id: 'audit-log' },
            h('caption', { class: 'visually-hidden' }, 'Entries of the log, newest first'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col', class: 'num' }, '#'),
                h('th', { scope: 'col' }, 'When'),
                h('th', { scope: 'col' }, 'Event'),
                h('th', { scope: 'col' }, 'Who'),
                h('th', { scope: 'col' }, 'What'),
              ),
            ),
            rows,
          ),
        ),
        more,
      );
      await loadBefore(head.seq);
    } catch (e) {
      if (!isAbort(e)) logSlot.replaceChildren(errorBlock('The log could not be shown', e));
    }
  };

  await Promise.all([verify(), loadCheckpoints(), loadLog()]);
}
