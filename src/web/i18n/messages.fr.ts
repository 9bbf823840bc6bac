// Les messages de l’interface en français : chaque identifiant de messages.en.ts (le type l’exige).
import type { MessageId } from './messages.en.ts';
import { shellFr } from './messages/shell.fr.ts';
import { factsFr } from './messages/facts.fr.ts';
import { coalitionsFr } from './messages/coalitions.fr.ts';
import { analysisFr } from './messages/analysis.fr.ts';
import { chainsFr } from './messages/chains.fr.ts';
import { governanceFr } from './messages/governance.fr.ts';
import { controlListsFr } from './messages/control-lists.fr.ts';
import { standardsFr } from './messages/standards.fr.ts';
import { misuseFr } from './messages/misuse.fr.ts';
import { researchFr } from './messages/research.fr.ts';
import { policiesFr } from './messages/policies.fr.ts';
import { divergencesFr } from './messages/divergences.fr.ts';
import { conversationsFr } from './messages/conversations.fr.ts';

export const fr: Record<MessageId, string> = {
  ...shellFr,
  ...factsFr,
  ...coalitionsFr,
  ...analysisFr,
  ...chainsFr,
  ...governanceFr,
  ...controlListsFr,
  ...standardsFr,
  ...misuseFr,
  ...researchFr,
  ...policiesFr,
  ...divergencesFr,
  ...conversationsFr,
};
