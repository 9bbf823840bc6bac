// A proposal's versions and the changes between any two of them: the line diff of the API
// (GET …/diff) shown with removed and added lines marked, the words that changed within a replaced
// line highlighted, long unchanged stretches folded, and the unified diff to copy.
import { wordDiff } from '../../core/governance/text-diff.ts';
import { h } from '../element.ts';
import type { DiffAnswer, DiffHunk, ProposalVersion } from '../governance-types.ts';
import { errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import { governanceApi } from './governance-api.ts';
import { plural, when } from './governance-labels.ts';

/** Unchanged lines shown around a change. */
const CONTEXT = 3;

type Kind = DiffHunk['kind'];

const SIGN: Readonly<Record<Kind, string>> = { same: ' ', added: '+', removed: '−' };
const SPOKEN: Readonly<Record<Kind, string>> = { same: '', added: 'Added: ', removed: 'Removed: ' };

function line(
  kind: Kind,
  aNum: number | null,
  bNum: number | null,
  content: string | Node[],
): HTMLElement {
  return h(
    'div',
    { class: `gov-diff-line gov-diff-${kind}`, 'data-kind': kind },
    h('span', { class: 'gov-diff-num', 'aria-hidden': 'true' }, aNum ?? ''),
    h('span', { class: 'gov-diff-num', 'aria-hidden': 'true' }, bNum ?? ''),
    h('span', { class: 'gov-diff-sign', 'aria-hidden': 'true' }, SIGN[kind]),
    h(
      'span',
      { class: 'gov-diff-text' },
      SPOKEN[kind] ? h('span', { class: 'visually-hidden' }, SPOKEN[kind]) : null,
      content,
    ),
  );
}

/** The words of a replaced line, the changed ones marked, as they read in one side. */
function words(a: string, b: string, side: 'removed' | 'added'): Node[] {
  return wordDiff(a, b)
    .filter((s) => s.kind === 'same' || s.kind === side)
    .map((s) =>
      s.kind === 'same'
        ? document.createTextNode(s.text)
        : h(side === 'added' ? 'ins' : 'del', { class: 'gov-diff-word' }, s.text),
    );
}

/** The diff as lines; unchanged stretches longer than twice the context are folded. */
export function diffView(d: DiffAnswer): HTMLElement {
  const added = d.hunks.filter((x) => x.kind === 'added').reduce((n, x) => n + x.lines.length, 0);
  const removed = d.hunks
    .filter((x) => x.kind === 'removed')
    .reduce((n, x) => n + x.lines.length, 0);
  if (added === 0 && removed === 0)
    return h(
      'p',
      { class: 'gov-diff-summary', id: 'diff-summary' },
      `Versions ${d.from} and ${d.to} have the same text.`,
    );
  const rows: HTMLElement[] = [];
  d.hunks.forEach((hunk, i) => {
    if (hunk.kind === 'same') {
      const first = i === 0;
      const last = i === d.hunks.length - 1;
      const head = first ? 0 : CONTEXT;
      const tail = last ? 0 : CONTEXT;
      const n = hunk.lines.length;
      const show = (k: number) =>
        rows.push(line('same', hunk.aLine + k, hunk.bLine + k, hunk.lines[k]!));
      if (n <= head + tail + 1) {
        for (let k = 0; k < n; k++) show(k);
        return;
      }
      for (let k = 0; k < head; k++) show(k);
      rows.push(
        h(
          'div',
          { class: 'gov-diff-line gov-diff-fold' },
          h('span', { class: 'gov-diff-text' }, `⋯ ${plural(n - head - tail, 'unchanged line')}`),
        ),
      );
      for (let k = n - tail; k < n; k++) show(k);
      return;
    }
    // A removed run followed by an added one: pair their lines for the word-level changes.
    const partner =
      hunk.kind === 'removed'
        ? d.hunks[i + 1]?.kind === 'added'
          ? d.hunks[i + 1]
          : undefined
        : d.hunks[i - 1]?.kind === 'removed'
          ? d.hunks[i - 1]
          : undefined;
    hunk.lines.forEach((text, k) => {
      const other = partner?.lines[k];
      const content =
        other === undefined
          ? text
          : hunk.kind === 'removed'
            ? words(text, other, 'removed')
            : words(other, text, 'added');
      rows.push(
        hunk.kind === 'removed'
          ? line('removed', hunk.aLine + k, null, content)
          : line('added', null, hunk.bLine + k, content),
      );
    });
  });
  return h(
    'div',
    { class: 'gov-diff-block' },
    h(
      'p',
      { class: 'gov-diff-summary', id: 'diff-summary' },
      `From version ${d.from} to ${d.to}: `,
      h('span', { class: 'gov-diff-count-added' }, `+${plural(added, 'line')} added`),
      ', ',
      h('span', { class: 'gov-diff-count-removed' }, `−${plural(removed, 'line')} removed`),
      '.',
    ),
    h(
      'div',
      {
        class: 'gov-diff',
        role: 'group',
        'aria-label': `Changes from version ${d.from} to version ${d.to}`,
      },
      rows,
    ),
    h(
      'details',
      { class: 'gov-unified' },
      h('summary', {}, 'As a unified diff'),
      h('pre', { class: 'gov-pre' }, d.unified),
    ),
  );
}

/** Every version with its note, and a comparison of any two. */
export function versionsSection(
  proposalId: string,
  versions: readonly ProposalVersion[],
  signal: AbortSignal,
): HTMLElement {
  const list = h(
    'ol',
    { class: 'gov-versions', reversed: true },
    [...versions]
      .reverse()
      .map((v) =>
        h(
          'li',
          { 'data-version': v.version },
          h('strong', {}, `Version ${v.version}`),
          ` · ${when(v.createdAt)}`,
          v.note ? h('span', { class: 'gov-version-note' }, ` — ${v.note}`) : null,
          h('div', { class: 'field-hint' }, v.title),
        ),
      ),
  );
  const section = h(
    'section',
    { class: 'gov-section', 'aria-labelledby': 'versions-heading' },
    h('h2', { id: 'versions-heading' }, 'Versions'),
    list,
  );
  if (versions.length < 2) {
    section.append(h('p', { class: 'muted' }, 'Only one version so far: nothing to compare.'));
    return section;
  }
  const options = () =>
    versions.map((v) => h('option', { value: v.version }, `Version ${v.version}`));
  const from = h('select', { id: 'diff-from' }, options());
  const to = h('select', { id: 'diff-to' }, options());
  from.value = String(versions.at(-2)!.version);
  to.value = String(versions.at(-1)!.version);
  const out = h('div', { class: 'gov-diff-out', 'aria-live': 'polite' });
  const compare = async (): Promise<void> => {
    const a = Number(from.value);
    const b = Number(to.value);
    if (a === b) {
      out.replaceChildren(h('p', { class: 'field-error' }, 'Choose two different versions.'));
      return;
    }
    out.replaceChildren(loadingBlock('the changes'));
    try {
      out.replaceChildren(diffView(await governanceApi.diff(proposalId, a, b, signal)));
    } catch (e) {
      if (!isAbort(e)) out.replaceChildren(errorBlock('The changes could not be shown', e));
    }
  };
  const form = h(
    'form',
    { class: 'controls gov-diff-form', 'aria-label': 'Compare two versions' },
    h('div', { class: 'field field-narrow' }, h('label', { for: 'diff-from' }, 'From'), from),
    h('div', { class: 'field field-narrow' }, h('label', { for: 'diff-to' }, 'To'), to),
    h(
      'div',
      { class: 'field field-action' },
      h('button', { type: 'submit', class: 'button button-quiet' }, 'Show the changes'),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void compare();
  });
  section.append(h('h3', {}, 'Compare two versions'), form, out);
  void compare();
  return section;
}
