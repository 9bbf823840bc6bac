// Les messages de l’interface en français : chaque identifiant de messages.en.ts (le type l’exige).
import type { MessageId } from './messages.en.ts';
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

const shellFr = {
  'app.name': 'techalliance',
  'app.skip': 'Aller au contenu',
  'app.footer':
    'Chaque chiffre indique son année et sa source ; chaque page liste les sources qu’elle utilise.',
  'app.api': 'API (OpenAPI)',
  'app.language': 'Langue',
  'app.menu': 'Menu',
  'app.loading': 'Chargement : {what}…',
  'app.breadcrumbs': 'Fil d’Ariane',
  'app.home': 'Accueil',
  'app.notFound.title': 'Page introuvable',
  'app.notFound.detail': 'Rien ne se trouve à #{path}.',
  'app.notFound.back': 'Aller à la carte du monde',
  'app.error.title': 'Une erreur est survenue',
  'app.error.page': 'Cette page n’a pas pu être affichée',
  'app.retry': 'Réessayer',
  'app.scrollable': '{what}, défilable',

  'nav.label': 'Principale',
  'nav.facts': 'Faits',
  'nav.alliance': 'L’alliance',
  'nav.workstreams': 'Chantiers',
  'nav.decisions': 'Décisions',
  'nav.record': 'Le registre',
  'nav.map': 'Carte',
  'nav.economies': 'Économies',
  'nav.groups': 'Groupements',
  'nav.coalitions': 'Coalitions',
  'nav.criteria': 'Critères',
  'nav.power': 'Poids de vote',
  'nav.chains': 'Chaînes d’approvisionnement',
  'nav.controls': 'Contrôles',
  'nav.screening': 'Filtrage',
  'nav.proposals': 'Propositions',
  'nav.workstreamsPage': 'Chantiers',
  'nav.commitments': 'Engagements',
  'nav.audit': 'Audit',
  'nav.account': 'Mon compte',
  'nav.accounts': 'Comptes',
  'nav.login': 'Se connecter',

  'search.label': 'Rechercher',
  'search.placeholder': 'Économies, groupements, coalitions, intrants, propositions…',
  'search.none': 'Aucun résultat pour « {query} ».',
  'search.results': '{count, plural, one {# résultat} other {# résultats}}',
  'search.kind.economy': 'Économie',
  'search.kind.group': 'Groupement',
  'search.kind.coalition': 'Coalition',
  'search.kind.chain': 'Chaîne d’approvisionnement',
  'search.kind.input': 'Intrant de chaîne',
  'search.kind.proposal': 'Proposition',

  'table.filter': 'Filtrer les lignes',
  'table.columns': 'Colonnes',
  'table.csv': 'Télécharger en CSV',
  'table.count': '{shown, plural, one {# ligne} other {# lignes}} sur {total}',
  'table.sortAscending': 'tri croissant',
  'table.sortDescending': 'tri décroissant',
  'table.empty': 'Aucune ligne.',

  'chart.png': 'Télécharger en PNG',
  'chart.svg': 'Télécharger en SVG',

  'error.network': 'Le serveur est injoignable. Vérifiez la connexion et réessayez.',
  'error.validation_failed': 'Une partie de la saisie n’est pas valide : {detail}',
  'error.bad_file': 'Le fichier n’a pas pu être lu : {detail}',
  'error.not_found': 'Introuvable : l’élément a peut-être été supprimé ou renommé.',
  'error.unauthorized': 'Veuillez vous connecter pour faire cela.',
  'error.forbidden': 'Votre rôle ne le permet pas.',
  'error.rate_limited': 'Trop de tentatives. Patientez puis réessayez.',
  'error.conflict':
    'Quelqu’un l’a modifié entre-temps, ou ce n’est pas possible dans son état actuel : {detail}',
  'error.import_rejected': 'L’import a été refusé : {detail}',
  'error.busy': 'Le serveur est occupé. Réessayez dans un instant.',
  'error.unavailable': 'Ce n’est pas disponible sur ce serveur : {detail}',
  'error.other': 'Une erreur est survenue sur le serveur : {detail}',
};

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
