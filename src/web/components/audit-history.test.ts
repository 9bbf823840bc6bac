import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { actorLabel, describeEvent } from './audit-history.ts';
import { en, type MessageId } from '../i18n/messages.en.ts';
import { fr } from '../i18n/messages.fr.ts';

// The timeline's words through the catalogues the app loads, as useT gives them.
const tOf = (locale: string, messages: Record<string, string>) => {
  const intl = createIntl({ locale, messages });
  return (id: MessageId, values?: Record<string, string | number>) =>
    intl.formatMessage({ id }, values);
};
const t = tOf('en', en);
const tFr = tOf('fr', fr);

describe('governance events in words', () => {
  it('describes each kind of event in English as before', () => {
    expect(describeEvent(t, 'proposal.created', { confidentiality: 'public' })).toBe(
      'Created (public)',
    );
    expect(describeEvent(t, 'proposal.created', {})).toBe('Created (confidentiality not recorded)');
    expect(describeEvent(t, 'proposal.edited', { version: 3 })).toBe('Edited: version 3');
    expect(describeEvent(t, 'proposal.edited', {})).toBe('Edited');
    expect(
      describeEvent(t, 'proposal.moved', { from: 'draft', to: 'deliberation', outcome: null }),
    ).toBe('Moved from Draft to Deliberation');
    expect(
      describeEvent(t, 'proposal.moved', { from: 'voting', to: 'adopted', outcome: 'carried' }),
    ).toBe('Moved from Voting to Adopted (carried)');
    expect(describeEvent(t, 'ballot.cast', { delegation: 'FRA', choice: 'yes' })).toBe(
      'Voted for FRA: yes',
    );
    expect(describeEvent(t, 'ballot.changed', { delegation: 'FRA', choice: 'abstain' })).toBe(
      'Changed the ballot of FRA to abstain',
    );
    expect(describeEvent(t, 'consultation.responded', { delegation: 'JPN' })).toBe(
      'Answered the consultation for JPN',
    );
    expect(describeEvent(t, 'consultation.responded', {})).toBe('Answered the consultation');
    expect(
      describeEvent(t, 'role.changed', { change: 'created', role: 'delegate', delegation: 'DEU' }),
    ).toBe('Account created: delegate (DEU)');
    expect(describeEvent(t, 'role.changed', { change: 'role', role: 'observer' })).toBe(
      'Account role changed: observer',
    );
    expect(describeEvent(t, 'workstream.saved', { workstream: 'export_controls' })).toBe(
      'Workstream export_controls saved',
    );
    expect(describeEvent(t, 'implementation.reported', {})).toBe(
      'Reported implementation for ?: ?',
    );
  });

  it('lists the plain fields of an unknown event, without hashes', () => {
    expect(describeEvent(t, 'x.y', { a: 1, bodySha256: 'ff', subject: 's', b: 'two' })).toBe(
      'x.y · a: 1, b: two',
    );
    expect(describeEvent(t, 'x.y', {})).toBe('x.y');
  });

  it('describes events in French, keeping recorded codes and names', () => {
    expect(describeEvent(tFr, 'proposal.created', { confidentiality: 'restricted' })).toBe(
      'Créée (restreinte)',
    );
    expect(describeEvent(tFr, 'proposal.moved', { from: 'draft', to: 'deliberation' })).toBe(
      'Passée de Brouillon à Délibération',
    );
    expect(describeEvent(tFr, 'ballot.cast', { delegation: 'FRA', choice: 'no' })).toBe(
      'Vote pour FRA : non',
    );
    // A state or choice the web does not know is shown as recorded.
    expect(describeEvent(tFr, 'proposal.moved', { from: 'draft', to: 'archived' })).toBe(
      'Passée de Brouillon à archived',
    );
    expect(describeEvent(tFr, 'comment.added', {})).toBe('Commentaire ajouté');
  });

  it('names the operator in the reader’s language and accounts by name', () => {
    expect(actorLabel(t, { actor: 'operator', actorName: null })).toBe('the operator');
    expect(actorLabel(tFr, { actor: 'operator', actorName: null })).toBe('l’opérateur');
    expect(actorLabel(tFr, { actor: 'acc-1', actorName: 'Ana' })).toBe('Ana');
    expect(actorLabel(tFr, { actor: 'acc-1', actorName: null })).toBe('acc-1');
  });
});
