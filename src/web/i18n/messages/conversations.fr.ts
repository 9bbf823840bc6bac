// Messages of the conversations (French): every id of conversations.en.ts.
import type { conversationsEn } from './conversations.en.ts';

export const conversationsFr: Record<keyof typeof conversationsEn, string> = {
  'conv.title': 'Conversation',
  'conv.list.title': 'Conversations',
  'conv.list.lede':
    'Des consultations menées comme des conversations ouvertes : les participants écrivent de courtes affirmations et votent d’accord, pas d’accord ou passer sur celles des autres. La carte montre les groupes d’opinion qui se forment, ce qui distingue chaque groupe, et ce qui fait consensus entre groupes et entre économies membres.',
  'conv.list.what': 'les conversations',
  'conv.list.error': 'Les conversations n’ont pas pu être chargées',
  'conv.list.none': 'Aucune conversation pour l’instant.',
  'conv.list.caption': '{count, plural, one {# conversation} other {# conversations}}',

  'conv.col.title': 'Conversation',
  'conv.col.participants': 'Participants',
  'conv.col.votes': 'Votes',
  'conv.col.statements': 'Affirmations',
  'conv.col.pending': 'En attente de modération',
  'conv.col.statement': 'Affirmation',
  'conv.col.direction': 'Sens',
  'conv.col.consensus': 'Consensus',
  'conv.col.byGroup': 'Accord par groupe',
  'conv.col.minShare': 'Accord le plus faible chez un membre',
  'conv.col.economies': 'Accord par économie (participants)',

  'conv.state.open': 'Ouverte',
  'conv.state.closed': 'Close',
  'conv.level.public': 'Publique',
  'conv.level.alliance': 'Alliance (comptes connectés)',
  'conv.level.members': 'Membres seulement',
  'conv.source.polis': 'Importée de Polis',
  'conv.source.platform': 'Menée sur la plateforme',

  'conv.item.what': 'la conversation',
  'conv.item.error': 'La conversation n’a pas pu être chargée',
  'conv.item.noCode': 'L’adresse ne nomme aucune conversation.',
  'conv.item.state': 'État',
  'conv.item.confidentiality': 'Qui la voit',
  'conv.item.proposal': 'Consulte sur la proposition',
  'conv.item.source': 'Source',
  'conv.item.closedNotice':
    'Cette conversation est close : elle ne reçoit plus de votes ni d’affirmations.',
  'conv.item.noVote':
    'Le secrétariat modère cette conversation et n’y vote pas ; les délégations, les observateurs et les parties prenantes votent.',
  'conv.item.signIn': 'Connectez-vous pour participer.',
  'conv.item.signInWhy':
    'Chaque participant vote sous son compte, afin que la carte puisse pondérer économies et groupes d’acteurs.',

  'conv.vote.title': 'Votre vote',
  'conv.vote.what': 'l’affirmation suivante',
  'conv.vote.error': 'L’affirmation suivante n’a pas pu être chargée',
  'conv.vote.failed': 'Le vote n’a pas été enregistré',
  'conv.vote.allDone':
    'Vous avez voté sur toutes les affirmations. Les nouvelles apparaissent ici une fois acceptées ; vous pouvez aussi ajouter la vôtre ci-dessous.',
  'conv.vote.remaining':
    '{remaining, plural, one {# affirmation restante} other {# affirmations restantes}} · {votes, plural, =0 {aucun vote sur celle-ci pour l’instant} one {# participant a voté sur celle-ci} other {# participants ont voté sur celle-ci}}',
  'conv.vote.choices': 'Votre vote sur cette affirmation',
  'conv.vote.agree': 'D’accord',
  'conv.vote.disagree': 'Pas d’accord',
  'conv.vote.pass': 'Passer / incertain',
  'conv.vote.keys': 'Clavier : A d’accord, D pas d’accord, P passer, quand la carte a le focus.',
  'conv.vote.doneAgree': 'Enregistré : d’accord. Affirmation suivante.',
  'conv.vote.doneDisagree': 'Enregistré : pas d’accord. Affirmation suivante.',
  'conv.vote.donePass': 'Enregistré : passer. Affirmation suivante.',

  'conv.write.title': 'Ajouter une affirmation',
  'conv.write.hint':
    'Une idée courte, avec laquelle on peut être d’accord ou non, dans n’importe quelle langue. Elle apparaît une fois acceptée par le secrétariat.',
  'conv.write.hintSecretariat':
    'Une idée courte, avec laquelle on peut être d’accord ou non. Les affirmations du secrétariat sont acceptées aussitôt.',
  'conv.write.text': 'Affirmation',
  'conv.write.language': 'Langue (facultatif)',
  'conv.write.languageHint': 'Une étiquette de langue : en, fr, de, pt-BR.',
  'conv.write.submit': 'Soumettre l’affirmation',
  'conv.write.pending': 'Votre affirmation a été reçue ; elle attend la modération du secrétariat.',
  'conv.write.accepted': 'L’affirmation a été ajoutée et est présentée aux participants.',
  'conv.write.failed': 'L’affirmation n’a pas été ajoutée',

  'conv.map.heading': 'Carte des opinions',
  'conv.map.title': 'Participants selon leurs opinions',
  'conv.map.what': 'la carte des opinions',
  'conv.map.error': 'La carte des opinions n’a pas pu être calculée',
  'conv.map.description':
    '{placed, plural, one {# participant placé} other {# participants placés}} sur les deux axes principaux des votes, en {k, plural, =0 {aucun groupe} one {# groupe} other {# groupes}} ; {notPlaced, plural, =0 {tous ceux qui ont voté sont placés} one {# a trop peu de votes pour être placé} other {# ont trop peu de votes pour être placés}}.',
  'conv.map.empty':
    'Personne n’est encore placé : un participant entre sur la carte après avoir voté sur 7 affirmations (ou sur toutes, s’il y en a moins). {notPlaced, plural, =0 {} one {# participant a commencé à voter.} other {# participants ont commencé à voter.}}',
  'conv.map.live': 'Mise à jour tant que la conversation est ouverte · dernière mise à jour {time}',
  'conv.map.you': 'Vous',
  'conv.map.yours': 'votre groupe',
  'conv.map.legend': 'Groupes d’opinion',
  'conv.map.group':
    'Groupe {letter} : {size, plural, one {# participant} other {# participants}}{weighted, select, 1 { (poids {weight})} other {}}',
  'conv.map.indicatorNote':
    'Les participants de chaque économie pèsent ensemble en proportion de l’indicateur ({economies, plural, one {# économie a} other {# économies ont}} une valeur) ; {unweighted, plural, =0 {chaque participant compte} one {# participant sans valeur ne compte pas} other {# participants sans valeur ne comptent pas}}.',

  'conv.repness.title': 'Ce qui distingue le groupe {letter}',
  'conv.repness.none': 'Aucune affirmation ne distingue encore ce groupe.',
  'conv.repness.agree': '{share} d’accord',
  'conv.repness.disagree': '{share} pas d’accord',
  'conv.repness.notSignificant': '(pas encore significatif)',

  'conv.direction.agree': 'D’accord',
  'conv.direction.disagree': 'Pas d’accord',

  'conv.consensus.title': 'Ce sur quoi tous les groupes s’accordent',
  'conv.consensus.lede':
    'Les affirmations avec lesquelles chaque groupe d’opinion tend à être d’accord (ou non) : le produit, sur les groupes, de l’accord lissé de chacun.',
  'conv.consensus.none': 'Aucune affirmation ne fait encore consensus entre les groupes.',
  'conv.consensus.caption': 'Consensus entre groupes d’opinion',

  'conv.across.title': 'Ce qui tient dans toutes les économies membres',
  'conv.across.lede':
    'Les affirmations approuvées par une majorité dans chaque économie membre ayant au moins 5 participants sur la carte.',
  'conv.across.none':
    'Aucune affirmation n’a de majorité dans chaque économie membre ayant assez de participants.',
  'conv.across.caption': 'Consensus entre économies membres',

  'conv.breakdown.title': 'Qui est dans chaque groupe',
  'conv.breakdown.lede':
    'Les participants de chaque groupe d’opinion par économie et par groupe d’acteurs, tels qu’ils se sont connectés (les participants importés n’ont ni l’un ni l’autre).',
  'conv.breakdown.byEconomy': 'Groupes par économie',
  'conv.breakdown.byConstituency': 'Groupes par groupe d’acteurs',
  'conv.breakdown.economy': 'Économie',
  'conv.breakdown.constituency': 'Groupe d’acteurs',
  'conv.breakdown.group': 'Groupe {letter}',
  'conv.breakdown.total': 'Tous les groupes',
  'conv.breakdown.unknown': 'Non indiqué',

  'conv.weight.title': 'Pondération',
  'conv.weight.none': 'Aucune',
  'conv.weight.economy': 'Chaque économie à égalité',
  'conv.weight.constituency': 'Chaque groupe d’acteurs à égalité',
  'conv.weight.both': 'Les deux',
  'conv.weight.indicator': 'Selon un indicateur',
  'conv.weight.hint.none':
    'Chaque participant compte une fois : les économies qui participent en nombre pèsent davantage.',
  'conv.weight.hint.economy':
    'Les participants de chaque économie pèsent ensemble autant, si bien qu’aucune économie ne domine la carte par le nombre.',
  'conv.weight.hint.constituency':
    'Chaque groupe d’acteurs (membres, partenaires, observateurs, industrie, ONG, universités, organismes techniques) pèse autant.',
  'conv.weight.hint.both': 'Économies et groupes d’acteurs pèsent autant à la fois (calage).',
  'conv.weight.hint.indicator':
    'Les participants de chaque économie pèsent ensemble en proportion de la dernière valeur de l’indicateur (par exemple la population).',

  'conv.moderate.title': 'Modération',
  'conv.moderate.pending':
    '{count, plural, =0 {Aucune affirmation n’attend de modération} one {# affirmation attend la modération} other {# affirmations attendent la modération}}',
  'conv.moderate.none': 'Rien à modérer.',
  'conv.moderate.accept': 'Accepter',
  'conv.moderate.reject': 'Rejeter',
  'conv.moderate.acceptOne': 'Accepter l’affirmation {id}',
  'conv.moderate.rejectOne': 'Rejeter l’affirmation {id}',
  'conv.moderate.accepted': 'L’affirmation a été acceptée.',
  'conv.moderate.rejected': 'L’affirmation a été rejetée ; elle sort de l’analyse.',
  'conv.moderate.open': 'Ouvrir la conversation',
  'conv.moderate.close': 'Clore la conversation',
  'conv.moderate.export': 'Exporter au format de Polis (4 fichiers CSV)',
  'conv.moderate.failed': 'La modification n’a pas été faite',

  'conv.new.title': 'Lancer une conversation',
  'conv.new.code': 'Code',
  'conv.new.codeHint': '2 à 40 minuscules, chiffres et traits d’union, par exemple ai-safety-2027.',
  'conv.new.name': 'Titre',
  'conv.new.description': 'Ce qu’elle demande',
  'conv.new.seeds': 'Affirmations de départ',
  'conv.new.seedsHint': 'Une par ligne ; acceptées aussitôt.',
  'conv.new.submit': 'Lancer la conversation',
  'conv.new.done': 'La conversation « {title} » est ouverte.',
  'conv.new.failed': 'La conversation n’a pas été lancée',
};
