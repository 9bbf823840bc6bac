// A proposal's comments as threads (replies under the comment they answer, oldest first), with
// the form to comment or reply for those holding the workstream's comment right.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { Field } from '../../ui/field.tsx';
import type { ProposalComment } from './api-types.ts';
import { GovError } from './gov-error.tsx';
import { useWhen } from './governance-tally.tsx';
import './governance.css';

interface CommentsProps {
  proposalId: string;
  comments: readonly ProposalComment[];
  /** The proposal's current version (comments on older ones say so). */
  version: number;
  canComment: boolean;
  /** Why there is no form, when there is none. */
  noCommentReason: string;
  /** Fetches the comments again after one is posted. */
  onPosted: () => Promise<unknown>;
}

function CommentForm({
  proposalId,
  parentId,
  onPosted,
  onCancel,
}: {
  proposalId: string;
  parentId: string | null;
  onPosted: () => Promise<unknown>;
  onCancel?: () => void;
}) {
  const t = useT();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const post = useMutation({
    mutationFn: (text: string) =>
      data(
        api.POST('/api/v1/proposals/{id}/comments', {
          params: { path: { id: proposalId } },
          body: { body: text, ...(parentId ? { parentId } : {}) },
        }),
      ),
    onSuccess: async () => {
      announce(t('gov.comments.posted'));
      setBody('');
      await onPosted();
      onCancel?.();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return setProblem(t('gov.comments.empty'));
    setProblem(null);
    post.mutate(body.trim());
  };
  return (
    <form className="gov-form gov-comment-form" noValidate onSubmit={submit}>
      <Field
        label={parentId ? t('gov.comments.yourReply') : t('gov.comments.yourComment')}
        className="gov-field-full"
        error={problem}
      >
        <textarea
          id={parentId ? `reply-${parentId}` : 'comment-body'}
          rows={parentId ? 3 : 4}
          maxLength={10_000}
          required
          autoFocus={parentId !== null}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={post.isPending}>
          {parentId ? t('gov.comments.postReply') : t('gov.comments.post')}
        </button>
        {onCancel && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('gov.cancel')}
          </button>
        )}
      </div>
      <div aria-live="polite">
        {post.isError && (
          <GovError
            title={t('gov.comments.failed')}
            error={post.error}
            labels={{ body: t('gov.comments.yourComment') }}
          />
        )}
      </div>
    </form>
  );
}

function Thread({
  parent,
  byParent,
  props,
}: {
  parent: string | null;
  byParent: Map<string | null, ProposalComment[]>;
  props: CommentsProps;
}) {
  const t = useT();
  const when = useWhen();
  const [replying, setReplying] = useState<string | null>(null);
  const items = byParent.get(parent);
  if (!items?.length) return null;
  return (
    <ol className={parent ? 'gov-comments gov-replies' : 'gov-comments'}>
      {items.map((c) => (
        <li key={c.id} className="gov-comment" data-comment={c.id} id={`comment-${c.id}`}>
          <article className="gov-comment-body">
            <p className="gov-comment-meta">
              <strong>{c.author}</strong>
              {c.delegation && <span className="badge gov-delegation">{c.delegation}</span>}
              <span className="field-hint">
                {t(c.version !== props.version ? 'gov.comments.onEarlier' : 'gov.comments.on', {
                  at: when(c.createdAt),
                  version: c.version,
                })}
              </span>
            </p>
            <div className="gov-prose">{c.body}</div>
            {props.canComment && replying !== c.id && (
              <button
                type="button"
                className="link-button gov-reply"
                aria-label={t('gov.comments.replyTo', { author: c.author })}
                onClick={() => setReplying(c.id)}
              >
                {t('gov.comments.reply')}
              </button>
            )}
          </article>
          {replying === c.id && (
            <CommentForm
              proposalId={props.proposalId}
              parentId={c.id}
              onPosted={props.onPosted}
              onCancel={() => setReplying(null)}
            />
          )}
          <Thread parent={c.id} byParent={byParent} props={props} />
        </li>
      ))}
    </ol>
  );
}

export function CommentsSection(props: CommentsProps) {
  const t = useT();
  const byParent = new Map<string | null, ProposalComment[]>();
  const ids = new Set(props.comments.map((c) => c.id));
  for (const c of props.comments) {
    // A reply to a comment that is not there (cannot happen, but never lose one) goes to the top.
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), c]);
  }
  return (
    <section className="gov-section" aria-labelledby="comments-heading" id="comments">
      <h2 id="comments-heading">
        {t('gov.comments.title')}
        <span className="gov-count"> ({props.comments.length})</span>
      </h2>
      {props.comments.length ? (
        <Thread parent={null} byParent={byParent} props={props} />
      ) : (
        <p className="muted">{t('gov.comments.none')}</p>
      )}
      {props.canComment ? (
        <CommentForm proposalId={props.proposalId} parentId={null} onPosted={props.onPosted} />
      ) : (
        <p className="field-hint">{props.noCommentReason}</p>
      )}
    </section>
  );
}
