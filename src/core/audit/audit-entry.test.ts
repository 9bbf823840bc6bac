// The audit entry's hashed text, the event checks and the export line format.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  auditEntryLine,
  checkAuditEvent,
  entryHashInput,
  GENESIS_HASH,
  parseAuditLine,
  type AuditEntry,
} from './audit-entry.ts';

const ENTRY: AuditEntry = {
  seq: 7,
  at: '2026-11-29T10:00:00.000Z',
  actor: 'acct_42',
  type: 'ballot.cast',
  payload: '{"choice":"yes","proposal":"P-1"}',
  payloadHash: 'a'.repeat(64),
  prevHash: GENESIS_HASH,
  hash: 'b'.repeat(64),
  signature: 'c2ln',
};

describe('entryHashInput', () => {
  it('joins seq, at, actor, type, payload hash and previous hash with line feeds', () => {
    expect(entryHashInput(ENTRY)).toBe(
      `7\n2026-11-29T10:00:00.000Z\nacct_42\nballot.cast\n${'a'.repeat(64)}\n${'0'.repeat(64)}`,
    );
  });
});

describe('checkAuditEvent', () => {
  it('accepts a plain event', () => {
    expect(() =>
      checkAuditEvent({ actor: 'Jane Doe <jane@example.org>', type: 'proposal.created' }),
    ).not.toThrow();
    expect(() =>
      checkAuditEvent({ actor: 'x', type: 'rule.changed', at: '2026-01-01T00:00:00Z' }),
    ).not.toThrow();
  });

  it('rejects control characters in the actor (they would make the hashed text ambiguous), bad types and times', () => {
    const failure = (e: Parameters<typeof checkAuditEvent>[0]): DomainError => {
      try {
        checkAuditEvent(e);
      } catch (err) {
        return err as DomainError;
      }
      throw new Error('no error');
    };
    expect(failure({ actor: 'a\nb', type: 'ballot.cast' }).issues.map((i) => i.path)).toEqual([
      'actor',
    ]);
    expect(failure({ actor: ' ', type: 'ballot.cast' }).code).toBe('validation_failed');
    expect(failure({ actor: 'a', type: 'Ballot Cast' }).issues.map((i) => i.path)).toEqual([
      'type',
    ]);
    expect(
      failure({ actor: 'a', type: 'ballot.', at: '2026-01-01 10:00' }).issues.map((i) => i.path),
    ).toEqual(['type', 'at']);
    expect(
      failure({ actor: 'a', type: 'x', at: '2026-02-31T00:00:00+01:00' }).issues[0]!.path,
    ).toBe('at');
  });
});

describe('export lines', () => {
  it('round-trips an entry through its line, fields in a fixed order', () => {
    const line = auditEntryLine(ENTRY);
    expect(Object.keys(JSON.parse(line) as object)).toEqual([
      'seq',
      'at',
      'actor',
      'type',
      'payload',
      'payloadHash',
      'prevHash',
      'hash',
      'signature',
    ]);
    expect(parseAuditLine(line, 1)).toEqual(ENTRY);
  });

  it('names the line of text that is not JSON or not an entry', () => {
    expect(() => parseAuditLine('{"seq":', 3, 'log.jsonl')).toThrow(/^log\.jsonl line 3: not JSON/);
    const { signature: _s, ...unsigned } = ENTRY;
    for (const [text, message] of [
      [JSON.stringify(unsigned), /line 4: not an audit entry \(signature: /],
      [JSON.stringify({ ...ENTRY, seq: '7' }), /line 4: not an audit entry \(seq: /],
      [
        JSON.stringify({ ...ENTRY, extra: 1 }),
        /line 4: not an audit entry \(extra: unknown field\)/,
      ],
    ] as const) {
      let error: unknown;
      try {
        parseAuditLine(text, 4);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('bad_file');
      expect((error as DomainError).message).toMatch(message);
      expect((error as DomainError).issues[0]!.line).toBe(4);
    }
  });
});
