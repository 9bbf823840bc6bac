// The interface's English messages (ICU MessageFormat), the catalogue every other language
// translates: messages.fr.ts must have every id (the type says so) and i18n.test.ts parses each.
// This whole catalogue gives the type MessageId and serves the tests; the app itself loads the
// shell's messages first and each area's with the pages that use it (i18n.tsx).
import { shellEn } from './messages/shell.en.ts';
import { factsEn } from './messages/facts.en.ts';
import { coalitionsEn } from './messages/coalitions.en.ts';
import { analysisEn } from './messages/analysis.en.ts';
import { chainsEn } from './messages/chains.en.ts';
import { governanceEn } from './messages/governance.en.ts';
import { controlListsEn } from './messages/control-lists.en.ts';
import { standardsEn } from './messages/standards.en.ts';
import { misuseEn } from './messages/misuse.en.ts';
import { researchEn } from './messages/research.en.ts';
import { policiesEn } from './messages/policies.en.ts';
import { divergencesEn } from './messages/divergences.en.ts';
import { conversationsEn } from './messages/conversations.en.ts';

/** Every message: the shell's, then each area's (src/web/i18n/messages/<area>.en.ts). */
export const en = {
  ...shellEn,
  ...factsEn,
  ...coalitionsEn,
  ...analysisEn,
  ...chainsEn,
  ...governanceEn,
  ...controlListsEn,
  ...standardsEn,
  ...misuseEn,
  ...researchEn,
  ...policiesEn,
  ...divergencesEn,
  ...conversationsEn,
} as const;

export type MessageId = keyof typeof en;
