// A proposal's comments as threads (replies under the comment they answer, oldest first), with
// the form to comment or reply for those holding the workstream's comment right.
import { h } from '../element.ts';
import type { ProposalComment } from '../governance-types.ts';
import { announce, errorBlock } from '../page-status.ts';
import { governanceApi } from './governance-api.ts';
import { when } from './governance-labels.ts';

export interface CommentsOptions {
  proposalId: string;
  comments: readonly ProposalComment[];
  /** The proposal's current version (comments on older ones say so). */
  version: number;
  canComment: boolean;
  /** Why there is no form, when there is none. */
  noCommentReason: string;
  /** Reloads the comments after one is posted. */
  reload: () => Promise<void>;
}

function commentForm(
  options: CommentsOptions,
  parentId: string | null,
  done: () => void,
): HTMLFormElement {
  const id = parentId ? `reply-${parentId}` : 'comment-body';
  const body = h('textarea', { id, rows: parentId ? 3 : 4, maxlength: 10_000, required: true });
  const status = h('div', { 'aria-live': 'polite' });
  const submit = h(
    'button',
    { type: 'submit', class: 'button' },
    parentId ? 'Post the reply' : 'Post the comment',
  );
  const form = h(
    'form',
    { class: 'gov-form gov-comment-form', novalidate: true },
    h(
      'div',
      { class: 'field gov-field-full' },
      h('label', { for: id }, parentId ? 'Your reply' : 'Your comment'),
      body,
    ),
    h(
      'div',
      { class: 'button-row' },
      submit,
      parentId
        ? h('button', { type: 'button', class: 'button button-quiet', onClick: done }, 'Cancel')
        : null,
    ),
    status,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!body.value.trim()) {
      status.replaceChildren(h('p', { class: 'field-error' }, 'Write something first.'));
      body.focus();
      return;
    }
    submit.disabled = true;
    status.replaceChildren();
    governanceApi
      .comment(options.proposalId, body.value.trim(), parentId)
      .then(async () => {
        announce('Comment posted.');
        body.value = '';
        await options.reload();
      })
      .catch((err: unknown) =>
        status.replaceChildren(errorBlock('The comment could not be posted', err)),
      )
      .finally(() => (submit.disabled = false));
  });
  return form;
}

export function commentsSection(options: CommentsOptions): HTMLElement {
  const children = new Map<string | null, ProposalComment[]>();
  const ids = new Set(options.comments.map((c) => c.id));
  for (const c of options.comments) {
    // A reply to a comment that is not there (cannot happen, but never lose one) goes to the top.
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const thread = (parent: string | null): HTMLElement | null => {
    const items = children.get(parent);
    if (!items?.length) return null;
    return h(
      'ol',
      { class: parent ? 'gov-comments gov-replies' : 'gov-comments' },
      items.map((c) => {
        const replySlot = h('div', {});
        const replyButton = options.canComment
          ? h(
              'button',
              {
                type: 'button',
                class: 'link-button gov-reply',
                'aria-label': `Reply to ${c.author}`,
                onClick: () => {
                  replyButton!.hidden = true;
                  const form = commentForm(options, c.id, () => {
                    replySlot.replaceChildren();
                    replyButton!.hidden = false;
                    replyButton!.focus();
                  });
                  replySlot.replaceChildren(form);
                  form.querySelector('textarea')?.focus();
                },
              },
              'Reply',
            )
          : null;
        return h(
          'li',
          { class: 'gov-comment', 'data-comment': c.id, id: `comment-${c.id}` },
          h(
            'article',
            { class: 'gov-comment-body' },
            h(
              'p',
              { class: 'gov-comment-meta' },
              h('strong', {}, c.author),
              c.delegation ? h('span', { class: 'badge gov-delegation' }, c.delegation) : null,
              h(
                'span',
                { class: 'field-hint' },
                `${when(c.createdAt)} · on version ${c.version}${c.version !== options.version ? ' (an earlier text)' : ''}`,
              ),
            ),
            h('div', { class: 'gov-prose' }, c.body),
            replyButton,
          ),
          replySlot,
          thread(c.id),
        );
      }),
    );
  };
  return h(
    'section',
    { class: 'gov-section', 'aria-labelledby': 'comments-heading', id: 'comments' },
    h(
      'h2',
      { id: 'comments-heading' },
      'Comments',
      h('span', { class: 'gov-count' }, ` (${options.comments.length})`),
    ),
    thread(null) ?? h('p', { class: 'muted' }, 'No comment yet.'),
    options.canComment
      ? commentForm(options, null, () => undefined)
      : h('p', { class: 'field-hint' }, options.noCommentReason),
  );
}
