// Deleting a custom coalition: a button, then a confirm step naming the code, the write access
// (the signed-in session, or the operator's write token) and the API's own message if it refuses.
// On success the list says it is gone.
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { ErrorNotice, queryClient } from '../../ui/query-state.tsx';
import { isUnauthorized, writeTokenField, type WriteTokenField } from '../../write-token.ts';
import { deleteCoalition } from './coalition-data.ts';
import './coalitions.css';

export function DeleteCoalition({ code }: { code: string }) {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const yesButton = useRef<HTMLButtonElement>(null);
  const tokenBox = useRef<HTMLDivElement>(null);
  // The write-access block (sign-in state and token) is write-token.ts's, shared by every page.
  const [field] = useState<WriteTokenField>(() => writeTokenField('delete-write-token'));
  useEffect(() => {
    tokenBox.current?.replaceChildren(field.element);
  }, [field, open]);
  const remove = useMutation({
    mutationFn: () => deleteCoalition(code, field.value()),
    onSuccess: async () => {
      field.refused(null);
      announce(t('coalitions.delete.done', { code }));
      // Leave the page first: its coalition no longer exists.
      await navigate({ to: '/coalitions', search: { deleted: code } });
      queryClient.removeQueries({ queryKey: ['coalition', code] });
      await queryClient.invalidateQueries({ queryKey: ['coalitions'] });
    },
    onError: (e) => {
      if (isUnauthorized(e)) field.refused(t('coalitions.tokenRefused'));
    },
  });
  useEffect(() => {
    if (open) (field.value() ? yesButton.current : field.input)?.focus();
  }, [open, field]);
  return (
    <section className="danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('coalitions.delete.heading')}</h2>
      <p className="muted">{t('coalitions.delete.detail', { code })}</p>
      <button
        ref={openButton}
        type="button"
        className="button button-danger"
        aria-expanded={open}
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
      >
        {t('coalitions.delete.open', { code })}
      </button>
      <div className="confirm" role="group" aria-labelledby="confirm-delete-title" hidden={!open}>
        <p id="confirm-delete-title">
          <strong>{t('coalitions.delete.confirm', { code })}</strong>{' '}
          {t('coalitions.delete.warning')}
        </p>
        <div ref={tokenBox} />
        <div className="button-row">
          <button
            ref={yesButton}
            type="button"
            className="button button-danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {remove.isPending
              ? t('coalitions.delete.deleting')
              : t('coalitions.delete.yes', { code })}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setOpen(false);
              openButton.current?.focus();
            }}
          >
            {t('coalitions.cancel')}
          </button>
        </div>
        <div className="confirm-status">
          {remove.isError && (
            <ErrorNotice title={t('coalitions.delete.failed', { code })} error={remove.error} />
          )}
        </div>
      </div>
    </section>
  );
}
