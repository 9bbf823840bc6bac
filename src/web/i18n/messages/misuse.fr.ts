// Messages of the illiberal-technology pages (French): every id of misuse.en.ts.
import type { misuseEn } from './misuse.en.ts';

export const misuseFr: Record<keyof typeof misuseEn, string> = {
  'nav.misuse': 'Technologie illibérale',

  'misuse.title': 'Usage illibéral de la technologie',
  'misuse.lede':
    'Les cas où la technologie sert la répression — déploiements de surveillance, exportations de technologies de surveillance, opérations de logiciels espions, coupures d’internet et censure — avec les entreprises qui l’ont fournie, si les listes de parties restreintes des membres les nomment, et quelles listes de contrôle couvrent la technologie.',
  'misuse.links': 'Pages sur la technologie illibérale',
  'misuse.none': 'aucun',

  'misuse.kind.surveillance-deployment': 'Déploiement de surveillance',
  'misuse.kind.technology-transfer': 'Transfert de technologie',
  'misuse.kind.spyware-operation': 'Opération de logiciel espion',
  'misuse.kind.internet-shutdown': 'Coupure d’internet',
  'misuse.kind.censorship-blocking': 'Censure ou blocage',
  'misuse.technology.safe-city': 'Ville sûre (safe city)',
  'misuse.technology.facial-recognition': 'Reconnaissance faciale',
  'misuse.technology.smart-policing': 'Police prédictive',
  'misuse.technology.social-media-surveillance': 'Surveillance des réseaux sociaux',
  'misuse.technology.intrusion-software': 'Logiciels d’intrusion (espions)',
  'misuse.technology.ip-network-surveillance': 'Surveillance des réseaux IP',
  'misuse.technology.monitoring-centre': 'Centre de surveillance',
  'misuse.technology.internet-filtering': 'Filtrage d’internet',
  'misuse.technology.shutdown': 'Coupure',
  'misuse.technology.other': 'Autre',
  'misuse.colour.china-only': 'Chine, pas les États-Unis',
  'misuse.colour.us-only': 'États-Unis, pas la Chine',
  'misuse.colour.both': 'Chine et États-Unis',
  'misuse.colour.other': 'Autres origines seulement',
  'misuse.colour.none': 'Aucune origine nommée',
  'misuse.origin.china': 'Chine',
  'misuse.origin.united-states': 'États-Unis',
  'misuse.origin.other': 'Autre',
  'misuse.origin.unknown': 'Inconnue',
  'misuse.status.ongoing': 'En cours',
  'misuse.status.ended': 'Terminé',
  'misuse.status.unknown': 'Non précisé',
  'misuse.confidence.high': 'Élevée',
  'misuse.confidence.medium': 'Moyenne',
  'misuse.confidence.low': 'Faible',
  'misuse.confidentiality.public': 'Public',
  'misuse.confidentiality.alliance': 'Alliance (comptes connectés)',
  'misuse.confidentiality.members': 'Délégations membres seulement',
  'misuse.flag.partial': 'Extrait partiel',
  'misuse.flag.transcribed': 'Transcrit',
  'misuse.flag.derived': 'Dérivé',
  'misuse.source.carnegie-aigs': 'Indice Carnegie de la surveillance par l’IA 2022',
  'misuse.source.keepiton': 'Access Now #KeepItOn STOP',
  'misuse.source.netsweeper': 'Citizen Lab Netsweeper (2018)',
  'misuse.source.ooni-blockings': 'Blocages confirmés par OONI (1er semestre 2022)',
  'misuse.source.spyware-index': 'Index des enquêtes sur les logiciels espions',
  'misuse.source.pi-transfers': 'Transferts du Surveillance Industry Index',
  'misuse.source.manual': 'Enregistré sur la plateforme',

  'misuse.caveats.title': 'Ce que ces sources peuvent dire, et ce qu’elles ne disent pas',
  'misuse.caveats.absence':
    'Aucun cas enregistré ne signifie pas aucune pratique : un pays ou un fournisseur absent ici est un pays ou un fournisseur qu’aucune source ne documente.',
  'misuse.caveats.carnegie':
    'L’indice Carnegie nomme les fournisseurs par pays, non par technologie : une entreprise nommée pour un pays n’est pas montrée comme ayant fourni chacune de ses technologies.',
  'misuse.caveats.partial':
    'L’extrait du Surveillance Industry Index compte les 121 premiers d’environ 600 enregistrements, transcrits à la main : n’en tirez jamais de totaux ni de classement des fournisseurs.',
  'misuse.caveats.derived':
    'L’index des logiciels espions a été compilé à partir des dépôts de Citizen Lab et d’Amnesty, qui ne l’ont pas publié : vérifiez chaque rapport.',

  'misuse.map.heading': 'Qui fournit la surveillance',
  'misuse.map.lede':
    'Les pays où un déploiement de surveillance par l’IA est documenté, colorés selon l’origine des fournisseurs nommés. Les pays sans tel cas sont hachurés : non pas « aucune fourniture », mais aucune documentée.',
  'misuse.map.title': 'Fourniture de surveillance selon l’origine du fournisseur',
  'misuse.map.description':
    '{count, plural, one {# pays} other {# pays}} avec un déploiement de surveillance ; choisissez un pays pour son profil',
  'misuse.map.label':
    'Carte du monde de la fourniture de surveillance selon l’origine du fournisseur',
  'misuse.map.key': 'Légende : origine des fournisseurs',
  'misuse.map.keyItem': '{colour} ({count})',
  'misuse.map.noCase': 'Aucun déploiement documenté',
  'misuse.map.country': '{colour}, {cases, plural, one {# déploiement} other {# déploiements}}',
  'misuse.map.caption':
    '{count, plural, one {# pays} other {# pays}} avec un déploiement de surveillance : cas par origine des fournisseurs (un cas peut nommer plusieurs origines)',
  'misuse.map.tableLabel': 'Fourniture de surveillance par pays',
  'misuse.map.what': 'la carte de la fourniture de surveillance',
  'misuse.map.error': 'La carte de la fourniture n’a pas pu être chargée',
  'misuse.map.none':
    'Aucun déploiement de surveillance n’est encore enregistré : les cas arrivent par import (techalliance import carnegie-aigs FICHIER).',

  'misuse.suppliers.title': 'Fournisseurs les plus nommés',
  'misuse.suppliers.lede':
    'Les entreprises que les cas nomment, les plus nommées d’abord ; chacune mène à son empreinte et indique si des membres l’inscrivent sur leurs listes.',
  'misuse.suppliers.search': 'Mots du nom d’un fournisseur',
  'misuse.suppliers.find': 'Chercher',
  'misuse.suppliers.what': 'les fournisseurs',
  'misuse.suppliers.error': 'Les fournisseurs n’ont pas pu être chargés',
  'misuse.suppliers.none': 'Aucun cas ne nomme encore de fournisseur.',
  'misuse.suppliers.noMatch': 'Aucun nom de fournisseur ne correspond à « {q} ».',
  'misuse.suppliers.caption':
    '{count, plural, one {# fournisseur} other {# fournisseurs}} sur {total}, les plus nommés d’abord',

  'misuse.cases.title': 'Cas',
  'misuse.cases.what': 'les cas',
  'misuse.cases.error': 'Les cas n’ont pas pu être chargés',
  'misuse.cases.count':
    '{count, plural, =0 {Aucun cas ne correspond à ces filtres.} one {Un cas.} other {Cas {from} à {to} sur {total}.}}',
  'misuse.cases.caption':
    '{count, plural, one {# cas} other {# cas}}, année la plus récente d’abord : type, pays, année de comptage, technologie, fournisseurs, source',
  'misuse.cases.pages': 'Pages de cas',
  'misuse.cases.previous': 'Page précédente',
  'misuse.cases.next': 'Page suivante',
  'misuse.cases.page': 'Page {page} sur {pages}',

  'misuse.filter.form': 'Filtrer les cas',
  'misuse.filter.any': 'Tous',
  'misuse.filter.country': 'Pays',
  'misuse.filter.kind': 'Type',
  'misuse.filter.technology': 'Technologie',
  'misuse.filter.source': 'Source',
  'misuse.filter.year': 'Année',
  'misuse.filter.yearHint': 'L’année où la source le compte',
  'misuse.filter.supplier': 'Fournisseur',
  'misuse.filter.apply': 'Appliquer',
  'misuse.filter.clear': 'Effacer les filtres',

  'misuse.col.case': 'Cas',
  'misuse.col.id': 'Identifiant',
  'misuse.col.kind': 'Type',
  'misuse.col.countries': 'Pays',
  'misuse.col.country': 'Pays',
  'misuse.col.year': 'Année',
  'misuse.col.years': 'Années',
  'misuse.col.technology': 'Technologie',
  'misuse.col.technologies': 'Technologies',
  'misuse.col.suppliers': 'Fournisseurs',
  'misuse.col.supplier': 'Fournisseur',
  'misuse.col.spellings': 'Aussi écrit',
  'misuse.col.cases': 'Cas',
  'misuse.col.source': 'Source',
  'misuse.col.status': 'Statut',
  'misuse.col.supply': 'Origine des fournisseurs',
  'misuse.col.deployments': 'Déploiements',
  'misuse.col.china': 'Fourniture chinoise',
  'misuse.col.unitedStates': 'Fourniture américaine',
  'misuse.col.otherOrigin': 'Autre fourniture',
  'misuse.col.noOrigin': 'Sans origine',
  'misuse.col.origins': 'Origines (ISO3)',
  'misuse.col.origin': 'Origine',
  'misuse.col.countryCount': 'Pays',
  'misuse.col.jurisdiction': 'Juridiction',
  'misuse.col.listingState': 'Statut',
  'misuse.col.listedAs': 'Inscrit comme',
  'misuse.col.toReview': 'À examiner',
  'misuse.col.lists': 'Listes consultées',
  'misuse.col.reference': 'Référence',
  'misuse.col.link': 'Lien',
  'misuse.col.published': 'Publié',
  'misuse.col.confidence': 'Confiance',
  'misuse.col.flags': 'Réserves',
  'misuse.col.note': 'Note',
  'misuse.col.version': 'Version',
  'misuse.col.changedAt': 'Modifié',
  'misuse.col.changedBy': 'Par',
  'misuse.col.entry': 'Rubrique de liste de contrôle',
  'misuse.col.controlledBy': 'Contrôlée par',
  'misuse.col.notControlledBy': 'Non contrôlée par',
  'misuse.col.total': 'Total',
  'misuse.col.indicator': 'Indicateur',
  'misuse.col.latest': 'Dernière valeur',
  'misuse.col.unit': 'Unité',

  'misuse.supplier.none': 'Fournisseur',
  'misuse.supplier.noName':
    'Aucun fournisseur n’a été nommé : choisissez-en un dans la liste des fournisseurs.',
  'misuse.supplier.what': 'le fournisseur {name}',
  'misuse.supplier.error': 'Le fournisseur {name} n’a pas pu être chargé',
  'misuse.supplier.summary':
    '{name} est nommé dans {cases, plural, one {# cas} other {# cas}} dans {countries, plural, one {# pays} other {# pays}}.',
  'misuse.supplier.spellings': 'Les sources l’écrivent aussi {names}.',
  'misuse.supplier.countries': 'Où il est nommé',
  'misuse.supplier.attributed':
    '{count, plural, one {# cas nomme} other {# des {total} cas nomment}} le fournisseur pour le pays dans son ensemble (Carnegie) : il est nommé dans le pays, non montré comme fournisseur de chaque technologie.',
  'misuse.supplier.countriesCaption':
    '{name} par pays ({count, plural, one {# pays} other {# pays}}) : technologies, années de comptage, cas',
  'misuse.supplier.allCases': '{count, plural, one {Le cas} other {Les # cas}} nommant {name}',
  'misuse.supplier.technologies': 'Technologies',
  'misuse.supplier.technologiesCaption': '{name} par technologie : les pays de ses cas',
  'misuse.supplier.years': 'Années',
  'misuse.supplier.yearsCaption': 'Cas nommant {name} selon l’année où ils comptent',
  'misuse.supplier.undated': '{count, plural, one {# cas n’a} other {# cas n’ont}} pas d’année.',
  'misuse.supplier.sources': 'Sources',
  'misuse.supplier.sourceCases': '({count, plural, one {# cas} other {# cas}})',

  'misuse.listing.title': 'Inscription sur les listes des membres',
  'misuse.listing.state.listed': 'Inscrit',
  'misuse.listing.state.review': 'À examiner',
  'misuse.listing.state.not-listed': 'Non inscrit',
  'misuse.listing.caption':
    '{name} dans les listes de parties restreintes de {count, plural, one {# juridiction} other {# juridictions}}',
  'misuse.listing.confirmed': 'confirmé par un analyste',
  'misuse.listing.byScore': '(selon le score du nom)',
  'misuse.listing.score': 'score {score}',
  'misuse.listing.decide': 'Décider sur la page de filtrage',
  'misuse.listing.divergence': 'Les membres divergent',
  'misuse.listing.divergenceText':
    '{name} figure sur les listes de : {listedBy} ; non sur celles de : {notListedBy}.',
  'misuse.listing.rule':
    'Les noms du fournisseur sont filtrés contre chaque liste importée. Une correspondance de score {threshold} ou plus, ou confirmée par un analyste, est une inscription ; les correspondances plus faibles attendent la décision d’un analyste. « Non inscrit » signifie absent des listes importées.',
  'misuse.listing.rejected':
    '{count, plural, one {# correspondance a été rejetée} other {# correspondances ont été rejetées}} par un analyste comme fausse.',
  'misuse.listing.noDecisions':
    'Les décisions des analystes s’appliquent aux comptes qui peuvent décider du filtrage ; ici, les correspondances comptent par leur seul score.',
  'misuse.listing.noLists':
    'Aucune liste de parties restreintes n’est importée : l’inscription ne peut pas être établie (techalliance import dod-1260h FICHIER, eu-833-annex-iv FICHIER …).',

  'misuse.proposal.open': 'Ouvrir une proposition',
  'misuse.proposal.supplierHint':
    'Ouvre un projet de proposition d’inscrire {name} sur les listes de parties restreintes des membres, avec les cas, leurs sources et l’état des inscriptions dans son texte.',
  'misuse.proposal.caseHint':
    'Ouvre un projet de proposition de contrôler {technology}, avec les preuves de ce cas et les rubriques de listes de contrôle qui lui sont associées dans son texte.',
  'misuse.proposal.who':
    'Les délégués des membres et des partenaires et le secrétariat peuvent ouvrir une proposition.',
  'misuse.proposal.opened': 'Proposition ouverte : {title}',
  'misuse.proposal.error': 'La proposition n’a pas pu être ouverte',

  'misuse.case.title': 'Cas',
  'misuse.case.noId': 'Aucun cas n’a été nommé : choisissez-en un dans la liste des cas.',
  'misuse.case.what': 'le cas',
  'misuse.case.error': 'Le cas {id} n’a pas pu être chargé',
  'misuse.case.period': 'Période',
  'misuse.case.countedIn': 'compté en {year}',
  'misuse.case.actors': 'Ordonné ou opéré par',
  'misuse.case.countryCases': '(ses cas)',
  'misuse.case.origins': 'Origines des fournisseurs indiquées : {origins}',
  'misuse.case.countryAttribution':
    'La source nomme ces fournisseurs pour le pays dans son ensemble, non pour cette technologie.',
  'misuse.case.confidentiality': 'Qui peut le voir',
  'misuse.case.evidence': 'Preuves',
  'misuse.case.evidenceCaption':
    '{count, plural, one {# preuve} other {# preuves}} : source, référence, lien, confiance et réserves',
  'misuse.case.response': 'Réponse coordonnée',
  'misuse.case.controls': 'Quelles listes de contrôle couvrent chaque technologie',
  'misuse.case.versions': 'Versions',
  'misuse.case.versionsCaption':
    '{count, plural, one {# version} other {# versions}}, la plus récente d’abord',

  'misuse.tech.title': 'Technologies et listes de contrôle',
  'misuse.tech.lede':
    'Chaque catégorie de technologie reliée aux rubriques des listes de contrôle qui la contrôlent, et les listes importées qui contrôlent chaque rubrique.',
  'misuse.tech.caveat':
    'Non contrôlée signifie aucune rubrique de ces listes : les produits peuvent relever de clauses attrape-tout, de licences selon l’usage ou l’utilisateur final, ou de sanctions, que cette carte ne voit pas. Un produit est visé selon ses paramètres techniques, non selon sa catégorie.',
  'misuse.tech.what': 'la carte des technologies',
  'misuse.tech.error': 'La carte des technologies n’a pas pu être chargée',
  'misuse.tech.caption':
    '{count, plural, one {# ligne} other {# lignes}} : technologie, rubrique, et les listes qui la contrôlent ou non',
  'misuse.tech.noList': 'aucune liste importée',
  'misuse.tech.noLists':
    'Aucune liste de contrôle n’est importée : chaque rubrique apparaît contrôlée par aucune (techalliance import wassenaar-list FICHIER …).',
  'misuse.tech.unmapped': 'Aucune rubrique n’est associée à : {technologies}.',
  'misuse.tech.actions': 'Actions',
  'misuse.tech.remove': 'Retirer',
  'misuse.tech.removeLabel': 'Retirer {entry} de {technology}',
  'misuse.tech.removed': '{entry} retirée de {technology}.',
  'misuse.tech.removeError': 'La ligne n’a pas pu être retirée',
  'misuse.tech.add': 'Associer une technologie à une rubrique',
  'misuse.tech.code': 'Rubrique (code canonique)',
  'misuse.tech.codeHint': 'Cinq caractères, par ex. 5A001',
  'misuse.tech.paragraph': 'Paragraphe',
  'misuse.tech.paragraphHint': 'par ex. j ou f.1 ; vide pour toute la rubrique',
  'misuse.tech.submit': 'Ajouter la ligne',
  'misuse.tech.added': '{entry} associée à {technology}.',
  'misuse.tech.addError': 'La ligne n’a pas pu être ajoutée',

  'misuse.country.title': 'Usage illibéral de la technologie',
  'misuse.country.summary':
    '{count, plural, =0 {Aucun cas n’est enregistré pour {name}.} one {# cas est enregistré pour {name}.} other {# cas sont enregistrés pour {name}.}}',
  'misuse.country.allCases': 'Voir {count, plural, one {le cas} other {les # cas}}',
  'misuse.country.chartTitle': 'Cas en {name} par année et par type',
  'misuse.country.axis': 'Cas',
  'misuse.country.yearsCaption': 'Cas en {name} selon l’année où ils comptent, par type',
  'misuse.country.yearsLabel': 'Cas par année',
  'misuse.country.technologies': 'Technologies',
  'misuse.country.origins': 'Fournisseurs par origine',
  'misuse.country.originItem':
    '{origin} : {cases, plural, one {# cas} other {# cas}}, {suppliers, plural, one {# fournisseur} other {# fournisseurs}}',
  'misuse.country.withoutSupplier':
    '{count, plural, one {# cas ne nomme} other {# cas ne nomment}} aucun fournisseur (coupures, la plupart des blocages).',
  'misuse.country.inferred': '(déduite de l’origine unique des cas)',
  'misuse.country.suppliersCaption':
    '{count, plural, one {# fournisseur nommé} other {# fournisseurs nommés}} en {name} : origine, cas, technologies',
  'misuse.country.suppliersLabel': 'Fournisseurs',
  'misuse.country.indicatorsCaption':
    '{name} : Freedom on the Net, répression numérique et coupures d’internet (dernière valeur)',
  'misuse.country.indicatorsLabel': 'Indicateurs de liberté numérique',
};
