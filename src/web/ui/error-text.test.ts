import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { en, type MessageId } from '../i18n/messages.en.ts';
import { errorText, labelOf } from './error-text.ts';

// The English catalogue with {detail} filled in, as react-intl would.
const t = (id: MessageId, values?: Record<string, string | number>): string =>
  en[id].replace(/\{(\w+)\}/g, (_m, k: string) => String(values?.[k] ?? ''));

describe('plain-language errors', () => {
  it('names a field by its label, never by its raw path', () => {
    const e = new ApiError(400, 'validation_failed', 'invalid body: votingWindow.closesAt: …', [
      { path: 'votingWindow.closesAt', message: 'must be after the opening' },
    ]);
    const text = errorText(t, e, { 'votingWindow.closesAt': 'Voting closes' });
    expect(text).toBe(
      'Some of what was entered is not valid: Voting closes: must be after the opening',
    );
    expect(text).not.toContain('votingWindow');
  });

  it('falls back to the nearest labelled parent of a nested path', () => {
    expect(labelOf('participants.2.code', { participants: 'Participants' })).toBe('Participants');
    expect(labelOf('other', { participants: 'Participants' })).toBeNull();
  });

  it('says what a code means in words', () => {
    expect(errorText(t, new ApiError(403, 'forbidden', 'role observer lacks proposal:write'))).toBe(
      'Your role does not allow this.',
    );
    expect(errorText(t, new ApiError(0, 'network', 'Could not reach the server'))).toMatch(
      /could not be reached/,
    );
    expect(errorText(t, new ApiError(500, 'internal_error', 'internal error'))).toBe(
      'Something went wrong on the server: internal error',
    );
  });
});
