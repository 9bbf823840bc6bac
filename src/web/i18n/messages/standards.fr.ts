// Messages of the standards pages (French): every id of standards.en.ts.
import type { standardsEn } from './standards.en.ts';

export const standardsFr: Record<keyof typeof standardsEn, string> = {
  'standards.title': 'Comités de normalisation',
  'standards.lede':
    'Les comités qui rédigent les normes internationales : qui tient chaque secrétariat, qui participe et qui observe, et les domaines technologiques stratégiques où ils travaillent.',
  'standards.links': 'Pages des normes',
  'standards.none': 'aucun',

  'standards.type.TC': 'Comité technique',
  'standards.type.SC': 'Sous-comité',
  'standards.type.PC': 'Comité de projet',
  'standards.type.joint': 'Comité mixte',
  'standards.type.other': 'Autre',
  'standards.status.active': 'Actif',
  'standards.status.suspended': 'Suspendu',
  'standards.status.disbanded': 'Dissous',
  'standards.role.secretariat': 'Secrétariat',
  'standards.role.P': 'Participant',
  'standards.role.O': 'Observateur',
  'standards.kind.committee-added': 'Nouveau comité',
  'standards.kind.committee-removed': 'Comité retiré',
  'standards.kind.status-changed': 'Statut modifié',
  'standards.kind.secretariat-changed': 'Secrétariat transféré',
  'standards.kind.member-joined': 'Membre entré',
  'standards.kind.member-left': 'Membre sorti',
  'standards.kind.role-changed': 'Rôle modifié',
  'standards.confidentiality.public': 'Public',
  'standards.confidentiality.alliance': 'Alliance (comptes connectés)',
  'standards.confidentiality.members': 'Délégations membres seulement',

  'standards.empty.title': 'Aucun comité de normalisation n’est encore importé',
  'standards.empty.text':
    'Les comités arrivent par import des données ouvertes d’un organisme de normalisation (celles de l’ISO pour commencer) :',

  'standards.filter.form': 'Filtrer les comités',
  'standards.filter.q': 'Mots de la référence ou du titre',
  'standards.filter.search': 'Rechercher',
  'standards.filter.clear': 'Effacer les filtres',
  'standards.filter.any': 'Tous',
  'standards.filter.body': 'Organisme',
  'standards.filter.type': 'Type',
  'standards.filter.status': 'Statut',
  'standards.filter.tag': 'Domaine stratégique',
  'standards.filter.secretariat': 'Secrétariat tenu par',
  'standards.filter.member': 'Membre',

  'standards.committees.title': 'Comités',
  'standards.committees.what': 'les comités',
  'standards.committees.error': 'Les comités n’ont pas pu être chargés',
  'standards.committees.count':
    '{count, plural, one {# comité affiché} other {{shown} comités affichés}} sur {all} importés (dont {active} actifs).',
  'standards.committees.caption':
    '{count, plural, one {# comité} other {# comités}} : secrétariat, membres (P participants, secrétariat compris ; O observateurs) et domaines stratégiques',

  'standards.col.reference': 'Référence',
  'standards.col.type': 'Type',
  'standards.col.status': 'Statut',
  'standards.col.title': 'Titre',
  'standards.col.secretariat': 'Secrétariat',
  'standards.col.participating': 'P',
  'standards.col.observing': 'O',
  'standards.col.created': 'Création',
  'standards.col.tags': 'Domaines stratégiques',
  'standards.col.parent': 'Comité parent',
  'standards.col.body': 'Organisme',

  'standards.tags.inherited': '(du comité parent)',
  'standards.tags.none': 'aucun',

  'standards.committee.none': 'Comité',
  'standards.committee.noRef':
    'Aucun comité n’est désigné. Ouvrez-en un depuis le tableau des comités, par exemple ISO/IEC JTC 1/SC 42.',
  'standards.committee.what': 'le comité {ref}',
  'standards.committee.error': 'Le comité {ref} n’a pas pu être chargé',
  'standards.committee.externalId': 'Identifiant source',
  'standards.committee.subcommittees': 'Sous-comités',
  'standards.committee.subCaption':
    '{count, plural, one {# sous-comité} other {# sous-comités}} de {ref}',
  'standards.committee.changes': 'Changements dans les instantanés importés',
  'standards.committee.noChanges': 'Aucun instantané importé n’a modifié ce comité.',
  'standards.committee.changesCaption':
    '{count, plural, one {# changement} other {# changements}} concernant ce comité, du plus récent au plus ancien',

  'standards.members.title': 'Membres par rôle',
  'standards.members.none': 'Les données ne citent aucun membre de ce comité.',
  'standards.members.economy': 'Économie',
  'standards.members.body': 'Organisme membre',
  'standards.members.role': 'Rôle',
  'standards.members.onlySecretariat':
    'Les données ne donnent que le secrétariat de ce comité (un autre organisme l’administre) : ses autres membres ne sont pas connus ici.',
  'standards.members.unmapped': 'non rattaché à une économie',
  'standards.members.caption': '{count, plural, one {# membre} other {# membres}} de {ref}',
  'standards.map.title': 'Les membres sur la carte',
  'standards.map.description':
    '{p, plural, one {# membre participant} other {# membres participants}} (secrétariat compris) et {o, plural, one {# observateur} other {# observateurs}}',
  'standards.map.label': 'Carte du monde des membres de {ref} par rôle',
  'standards.map.key': 'Légende de la carte',
  'standards.map.keyItem': '{role} ({count})',
  'standards.map.member': '{role} ({body})',
  'standards.map.notMember': 'non membre',

  'standards.coord.title': 'Coordination des réunions',
  'standards.coord.lede':
    'Avant une réunion, le groupe de travail consigne les membres qui y assisteront et la position commune de l’alliance (avec la proposition qui l’a adoptée) ; après, le résultat.',
  'standards.coord.what': 'l’historique de coordination',
  'standards.coord.loadError': 'L’historique de coordination n’a pas pu être chargé',
  'standards.coord.none': 'Aucune réunion de ce comité n’a encore été coordonnée.',
  'standards.coord.caption':
    '{count, plural, one {# réunion coordonnée} other {# réunions coordonnées}}, de la plus récente à la plus ancienne',
  'standards.coord.date': 'Date de la réunion',
  'standards.coord.place': 'Lieu',
  'standards.coord.attending': 'Membres présents',
  'standards.coord.position': 'Position commune',
  'standards.coord.positionHint': 'Ce que les membres présents diront et voteront.',
  'standards.coord.proposal': 'Proposition',
  'standards.coord.proposalId': 'Identifiant de la proposition',
  'standards.coord.proposalHint':
    'La proposition de gouvernance qui a adopté la position (facultatif).',
  'standards.coord.outcome': 'Résultat',
  'standards.coord.noOutcome': 'pas encore consigné',
  'standards.coord.confidentiality': 'Qui le voit',
  'standards.coord.by': 'Consigné par',
  'standards.coord.formTitle': 'Consigner une réunion',
  'standards.coord.submit': 'Consigner la réunion',
  'standards.coord.error': 'La réunion n’a pas pu être consignée',
  'standards.coord.recorded': 'La réunion du {date} est consignée.',
  'standards.coord.pick': 'Ajouter {name} aux présents',
  'standards.coord.unpick': 'Retirer {name}',
  'standards.coord.pickShort': 'Ajouter',
  'standards.coord.unpickShort': '✓ choisi · retirer',
  'standards.coord.addOutcome': 'Ajouter le résultat',
  'standards.coord.outcomeOf': 'Résultat de la réunion du {date}',
  'standards.coord.saveOutcome': 'Enregistrer le résultat',
  'standards.coord.outcomeError': 'Le résultat n’a pas pu être enregistré',
  'standards.coord.outcomeSaved': 'Le résultat de la réunion du {date} est enregistré.',
  'standards.coord.who':
    'Le secrétariat et les délégations membres consignent la coordination des réunions.',

  'standards.engagement.title': 'Engagement dans les comités de normalisation',
  'standards.engagement.lede':
    'Où les membres de la coalition dirigent des comités, où ils participent, et où une économie préoccupante dirige un comité auquel aucun membre ne participe. Seuls les comités actifs comptent.',
  'standards.engagement.coalition': 'Coalition',
  'standards.engagement.adHoc': '{list} (pas une coalition enregistrée)',
  'standards.engagement.concernSummary': 'Économies préoccupantes : {list}',
  'standards.engagement.concernSearch': 'Trouver une économie préoccupante',
  'standards.engagement.concernAdd': 'Ajouter {name} aux économies préoccupantes',
  'standards.engagement.concernRemove': 'Retirer {name} des économies préoccupantes',
  'standards.engagement.concernNow': 'Économies préoccupantes : {list}.',
  'standards.engagement.what': 'l’engagement de {code}',
  'standards.engagement.error': 'L’engagement de {code} n’a pas pu être chargé',
  'standards.engagement.figures': 'Chiffres clés',
  'standards.engagement.active': 'Comités actifs',
  'standards.engagement.coalitionSecretariats': 'Secrétariats tenus par {code}',
  'standards.engagement.concernSecretariats': 'Secrétariats tenus par les économies préoccupantes',
  'standards.engagement.coverage': 'Couverture par la participation',
  'standards.engagement.coverageOf':
    '{part} des {whole} comités actifs comptent un membre participant',
  'standards.engagement.uncontestedCount': 'Comités non disputés',
  'standards.engagement.overlap':
    'À la fois dans la coalition et parmi les économies préoccupantes (comptées des deux côtés) : {list}.',
  'standards.engagement.notInData': 'Dans aucun comité des données (comptées zéro) : {list}.',
  'standards.engagement.membersNotListed':
    'Les données ne donnent que le secrétariat de {count, plural, one {# comité} other {# comités}} ({list}) : leur couverture repose sur le seul secrétariat.',
  'standards.engagement.secretariatsTitle': 'Secrétariats par économie',
  'standards.engagement.secretariatsCaption':
    'Secrétariats de comités actifs tenus par chaque membre et chaque économie préoccupante, par type de comité',
  'standards.engagement.total': 'Secrétariats',

  'standards.side.title': 'Camp',
  'standards.side.coalition': 'Coalition',
  'standards.side.concern': 'Économie préoccupante',

  'standards.chart.secretariats':
    'Secrétariats de comités actifs : {code} et les économies préoccupantes',
  'standards.chart.secretariatsAxis': 'Secrétariats tenus',
  'standards.chart.trend':
    'Comités créés chaque année, selon qui en tient le secrétariat aujourd’hui : {code} et les économies préoccupantes',
  'standards.chart.trendAxis': 'Comités',

  'standards.byTag.title': 'Couverture par domaine stratégique',
  'standards.byTag.lede':
    'Par domaine : ses comités actifs, les secrétariats tenus par les membres et par les économies préoccupantes, la part où un membre participe, et les comités qu’une économie préoccupante dirige sans opposition.',
  'standards.byTag.caption':
    '{count, plural, one {# domaine stratégique} other {# domaines stratégiques}}',
  'standards.byTag.tag': 'Domaine',
  'standards.byTag.active': 'Comités actifs',
  'standards.byTag.memberSecretariats': 'Secrétariats des membres',
  'standards.byTag.concernSecretariats': 'Secrétariats préoccupants',
  'standards.byTag.coverage': 'Couverture',
  'standards.byTag.uncontested': 'Non disputés',
  'standards.byTag.withoutMember': 'Sans secrétariat d’un membre',
  'standards.byTag.uncovered': 'aucun membre ne dirige',
  'standards.byTag.uncoveredList':
    'Aucun membre ne tient de secrétariat dans {count, plural, one {ce domaine} other {ces domaines}} : {list}.',

  'standards.uncontested.title': 'Comités non disputés',
  'standards.uncontested.lede':
    'Comités actifs dont une économie préoccupante tient le secrétariat et auxquels aucun membre de la coalition ne participe.',
  'standards.uncontested.none': 'Aucun comité n’est non disputé.',
  'standards.uncontested.caption':
    '{count, plural, one {# comité non disputé} other {# comités non disputés}}',

  'standards.matrix.title': 'Qui couvre quel domaine',
  'standards.matrix.lede':
    'Chaque case : les comités actifs du domaine dont le membre tient le secrétariat / ceux auxquels il participe. Les domaines marqués ✗ n’ont aucun secrétariat d’un membre.',
  'standards.matrix.caption':
    'Membres × domaines stratégiques : secrétariats / comités où le membre participe',
  'standards.matrix.uncoveredMark': '✗',
  'standards.matrix.cellTitle':
    '{secretariats, plural, one {# secrétariat} other {# secrétariats}}, participe à {participating}',

  'standards.trend.title': 'Qui prend les nouveaux comités',
  'standards.trend.lede':
    'Comités actifs selon leur année de création et qui en tient le secrétariat aujourd’hui (un secrétariat transféré compte pour son titulaire actuel).',
  'standards.trend.what': 'la tendance',
  'standards.trend.error': 'La tendance n’a pas pu être chargée',
  'standards.trend.description':
    'Courbes de {from} à {to} : {coalition} comités dirigés par la coalition, {concern} par les économies préoccupantes.',
  'standards.trend.table': 'Les chiffres par année',
  'standards.trend.caption':
    'Comités actifs créés chaque année, selon qui tient le secrétariat ({undated, plural, =0 {tous les comités sont datés} one {# comité sans date laissé de côté} other {# comités sans date laissés de côté}})',
  'standards.trend.year': 'Année',
  'standards.trend.total': 'Créés',

  'standards.changes.title': 'Changements des instantanés et alertes',
  'standards.changes.lede':
    'Chaque import d’une liste de comités est un instantané ; ce qui a changé depuis le précédent est consigné, et les changements dans les domaines stratégiques lèvent des alertes pour le groupe de travail sur les normes.',
  'standards.changes.what': 'les instantanés',
  'standards.changes.error': 'Les instantanés n’ont pas pu être chargés',
  'standards.changes.of': 'Changements de l’instantané n° {id} ({body})',
  'standards.changes.noneInSnapshot': 'Cet instantané n’a rien changé.',
  'standards.changes.caption':
    '{count, plural, one {# changement} other {# changements}} dans l’instantané n° {id}',
  'standards.changes.kind': 'Changement',
  'standards.changes.committee': 'Comité',
  'standards.changes.economy': 'Économie',
  'standards.changes.beforeAfter': 'Avant → après',

  'standards.snapshots.title': 'Instantanés importés',
  'standards.snapshots.none': 'Aucun instantané n’est encore importé.',
  'standards.snapshots.caption': '{count, plural, one {# instantané} other {# instantanés}}',
  'standards.snapshots.id': 'Instantané',
  'standards.snapshots.show': 'Afficher les changements de l’instantané {id}',
  'standards.snapshots.imported': 'Importé le',
  'standards.snapshots.date': 'Date des données',
  'standards.snapshots.file': 'Fichier',
  'standards.snapshots.format': 'Format',
  'standards.snapshots.committees': 'Comités',
  'standards.snapshots.members': 'Adhésions',
  'standards.snapshots.changes': 'Changements',
  'standards.snapshots.alerts': 'Alertes',

  'standards.alerts.title': 'Alertes du groupe de travail sur les normes',
  'standards.alerts.what': 'les alertes',
  'standards.alerts.error': 'Les alertes n’ont pas pu être chargées',
  'standards.alerts.none': 'Aucune alerte n’a été levée.',
  'standards.alerts.caption':
    '{count, plural, one {# alerte} other {# alertes}}, {open, plural, =0 {toutes prises en compte} one {# non prise en compte} other {# non prises en compte}}',
  'standards.alerts.created': 'Levée le',
  'standards.alerts.subject': 'Comité',
  'standards.alerts.kind': 'Nature',
  'standards.alerts.message': 'Ce qui s’est passé',
  'standards.alerts.snapshot': 'Instantané',
  'standards.alerts.status': 'Prise en compte',
  'standards.alerts.text.concernSecretariat':
    '{economy} a pris le secrétariat de {committee}, comité d’un domaine stratégique ({tags})',
  'standards.alerts.text.memberLeft':
    '{economy} ne participe plus à {committee}, comité d’un domaine stratégique ({tags})',
  'standards.alerts.seen': 'Prise en compte le {when}',
  'standards.alerts.seenByYou': 'Prise en compte par vous le {when}',
  'standards.alerts.unseen': 'pas encore',
  'standards.alerts.acknowledge': 'Prendre en compte',
  'standards.alerts.acknowledged': 'L’alerte sur {subject} est prise en compte.',
  'standards.alerts.ackError': 'L’alerte n’a pas pu être prise en compte',

  'standards.tagsPage.title': 'Domaines technologiques stratégiques',
  'standards.tagsPage.link': 'Domaines stratégiques et veille des alertes',
  'standards.tagsPage.lede':
    'Chaque domaine stratégique nomme les comités qui y travaillent ; il couvre aussi leurs sous-comités. Le tableau de bord de l’engagement, le filtre des comités et les alertes des instantanés s’appuient sur ces domaines.',
  'standards.tagsPage.what': 'les domaines stratégiques',
  'standards.tagsPage.error': 'Les domaines stratégiques n’ont pas pu être chargés',
  'standards.tagsPage.none': 'Aucun domaine stratégique n’est défini.',
  'standards.tagsPage.caption':
    '{count, plural, one {# domaine stratégique} other {# domaines stratégiques}} : les comités que chacun nomme et les comités actifs qu’il couvre avec leurs sous-comités',
  'standards.tagsPage.label': 'Domaine',
  'standards.tagsPage.code': 'Code',
  'standards.tagsPage.description': 'Description',
  'standards.tagsPage.committees': 'Comités nommés',
  'standards.tagsPage.active': 'Comités actifs',
  'standards.tagsPage.activeOf': 'sur {count} couverts',
  'standards.tagsPage.activeLink': 'Lister les comités de {label}',
  'standards.tagsPage.actions': 'Modifier',
  'standards.tagsPage.edit': 'Modifier',
  'standards.tagsPage.remove': 'Supprimer',
  'standards.tagsPage.removeConfirm': 'Supprimer le domaine {label} ?',
  'standards.tagsPage.removeYes': 'Oui, supprimer',
  'standards.tagsPage.removeNo': 'Le garder',
  'standards.tagsPage.removed': 'Le domaine {label} est supprimé.',
  'standards.tagsPage.removeError': 'Le domaine n’a pas pu être supprimé',
  'standards.tagsPage.who':
    'Le secrétariat modifie les domaines stratégiques et ce que surveillent les alertes.',
  'standards.tagsPage.signIn': 'Se connecter',

  'standards.tagForm.new': 'Ajouter un domaine stratégique',
  'standards.tagForm.editing': 'Modifier le domaine {code}',
  'standards.tagForm.code': 'Code',
  'standards.tagForm.codeHint':
    'De 2 à 40 lettres minuscules, chiffres ou traits d’union, par ex. digital-twins.',
  'standards.tagForm.codeFormat':
    'doit compter de 2 à 40 lettres minuscules, chiffres ou traits d’union',
  'standards.tagForm.label': 'Nom',
  'standards.tagForm.description': 'Description',
  'standards.tagForm.committees': 'Comités',
  'standards.tagForm.committeesHint':
    'Une référence de comité par ligne, par ex. ISO/IEC JTC 1/SC 41. Le domaine couvre aussi leurs sous-comités.',
  'standards.tagForm.known':
    '{count, plural, one {# comité nommé} other {# comités nommés}}, tous parmi les comités importés.',
  'standards.tagForm.unknown': 'Absents des comités importés : {list}.',
  'standards.tagForm.save': 'Enregistrer le domaine',
  'standards.tagForm.cancel': 'Annuler la modification',
  'standards.tagForm.saved': 'Le domaine {label} est enregistré.',
  'standards.tagForm.error': 'Le domaine n’a pas pu être enregistré',
  'standards.tagForm.replaces': 'Un domaine porte déjà ce code : l’enregistrer le remplace.',

  'standards.watch.title': 'Ce que surveillent les alertes des instantanés',
  'standards.watch.lede':
    'À l’import d’une liste de comités plus récente, une alerte est levée quand une économie préoccupante prend le secrétariat d’un comité d’un domaine stratégique, ou quand un membre de cette coalition en quitte un.',
  'standards.watch.what': 'le réglage de la veille',
  'standards.watch.error': 'Le réglage de la veille n’a pas pu être chargé',
  'standards.watch.coalition': 'Coalition surveillée',
  'standards.watch.members': 'Ses membres aujourd’hui',
  'standards.watch.concern': 'Économies préoccupantes',
  'standards.watch.updated': 'Dernier réglage',
  'standards.watch.updatedBy': '{when} par {who}',
  'standards.watch.default': 'le réglage par défaut, jamais modifié',
  'standards.watch.formTitle': 'Changer ce que surveillent les alertes',
  'standards.watch.concernSearch': 'Trouver une économie préoccupante',
  'standards.watch.save': 'Enregistrer la veille',
  'standards.watch.saved': 'Les alertes surveillent désormais {coalition}.',
  'standards.watch.saveError': 'Le réglage de la veille n’a pas pu être enregistré',
  'standards.watch.needConcern': 'Choisissez au moins une économie préoccupante.',
};
