// Messages of the research and development pages (French): every id of research.en.ts.
import type { researchEn } from './research.en.ts';

export const researchFr: Record<keyof typeof researchEn, string> = {
  'research.title': 'Forces de recherche',
  'research.lede':
    'Qui est fort dans quel domaine : la part de chaque économie dans les articles scientifiques mondiaux par domaine et sa spécialisation (avantage comparatif révélé, ACR : la part du domaine dans ses propres articles rapportée à celle du monde ; au-dessus de 1, spécialisée), pour les membres d’une coalition, et la part mondiale de la coalition par domaine.',
  'research.links': 'Pages de la recherche',
  'research.coalition': 'Coalition',
  'research.year': 'Année',
  'research.year.latest': 'La plus récente',
  'research.field': 'Domaine',
  'research.economy': 'Économie',
  'research.articles': 'Articles',
  'research.worldShare': 'Part mondiale',
  'research.rca': 'Spécialisation (ACR)',
  'research.missing': 'Membres sans données',
  'research.noData': 'pas de données',
  'research.strengths.what': 'les forces par domaine',
  'research.strengths.error': 'Les forces par domaine n’ont pas pu être chargées',
  'research.strengths.none':
    'Aucun article par domaine n’est encore importé (articles par domaine de la NSF : voir les données de recherche dans le guide d’import).',
  'research.heat.heading': 'Spécialisation des membres de {coalition} par domaine',
  'research.heat.lede':
    'Orange : moins spécialisé que le monde (ACR inférieur à 1) ; bleu : davantage. Le titre de chaque case donne la part mondiale et l’ACR de l’économie ; le tableau sous le graphique donne les mêmes chiffres.',
  'research.heat.title': 'Spécialisation (ACR) par domaine, {year}',
  'research.heat.description':
    'Comptes fractionnaires des articles Scopus ; ACR = part du domaine dans les articles de l’économie ÷ celle du monde.',
  'research.heat.aria':
    'Carte de chaleur de la spécialisation par domaine pour chaque membre ; le tableau ci-dessous donne les chiffres',
  'research.heat.cell':
    '{economy}, {field} : {share} des articles mondiaux, ACR {rca} ({articles} articles)',
  'research.heat.legend': 'Classes de spécialisation',
  'research.heat.table': 'Spécialisation (ACR) par membre et domaine, {year}',
  'research.share.heading': 'Part mondiale de {coalition} par domaine, {year}',
  'research.share.caption': 'Articles et part mondiale de la coalition par domaine en {year}',
  'research.inField.heading': 'Toutes les économies en {field}, {year}',
  'research.inField.caption':
    '{count, plural, one {# économie} other {# économies}} avec des articles dans le domaine, par part mondiale',
  'research.sources.nsfArticles':
    'Source : NCSES, Science and Engineering Indicators 2024 (articles Scopus par domaine, comptes fractionnaires).',
  'research.sources.nsf':
    'Source : NCSES, Science and Engineering Indicators 2024 (articles Scopus, comptes entiers pour la co-publication).',
  'research.sources.openalex':
    'Source : OpenAlex (travaux de tout type, comptés une fois par paire ; CC0).',
  'research.sources.cordis':
    'Source : CORDIS, projets Horizon 2020 (projets communs par paire ; CC BY 4.0, © Union européenne).',

  'research.field.agricultural-sciences': 'Sciences agricoles',
  'research.field.astronomy-astrophysics': 'Astronomie et astrophysique',
  'research.field.biological-biomedical-sciences': 'Sciences biologiques et biomédicales',
  'research.field.chemistry': 'Chimie',
  'research.field.computer-information-sciences': 'Informatique et sciences de l’information',
  'research.field.engineering': 'Ingénierie',
  'research.field.geosciences-atmospheric-ocean-sciences':
    'Géosciences, sciences de l’atmosphère et des océans',
  'research.field.health-sciences': 'Sciences de la santé',
  'research.field.materials-science': 'Science des matériaux',
  'research.field.mathematics-statistics': 'Mathématiques et statistique',
  'research.field.natural-resources-conservation': 'Ressources naturelles et conservation',
  'research.field.physics': 'Physique',
  'research.field.psychology': 'Psychologie',
  'research.field.social-sciences': 'Sciences sociales',
  'research.field.ai': 'Intelligence artificielle',

  'research.network.title': 'Réseau de collaboration',
  'research.network.lede':
    'Qui travaille déjà avec qui parmi les membres d’une coalition : travaux co-signés par paire, centralité de chaque membre, paires qui collaborent moins que leur production internationale ne le prévoit (indice de collaboration inférieur à 1), et part de la production internationale de chaque membre co-signée avec des pays préoccupants.',
  'research.source': 'Source',
  'research.source.nsf': 'NSF (articles)',
  'research.source.openalex': 'OpenAlex (travaux)',
  'research.source.cordis': 'CORDIS (projets Horizon 2020)',
  'research.pairField.all': 'Tous domaines',
  'research.pairField.ai': 'Intelligence artificielle',
  'research.network.what': 'le réseau de collaboration',
  'research.network.error': 'Le réseau de collaboration n’a pas pu être chargé',
  'research.network.graph': '{coalition} : {source}, {field}, {period}',
  'research.network.description':
    'Taille des nœuds : centralité (part des travaux co-signés des membres) ; épaisseur des liens : travaux co-signés ; orange pointillé : paire sous-connectée (indice inférieur à 1).',
  'research.network.aria':
    'Réseau de collaboration de {count} membres ; les tableaux ci-dessous donnent les chiffres',
  'research.network.edge': '{a} – {b} : {works} co-signés, indice {index}',
  'research.network.legendLink': 'travaux co-signés (épaisseur)',
  'research.network.legendUnder': 'paire sous-connectée',
  'research.network.legendNode': 'membre (taille : centralité)',
  'research.network.none':
    'Aucune co-publication entre ces membres dans cette source et cette année.',
  'research.network.unlisted': 'Pas de chiffre pour ces paires dans la source : {pairs}.',
  'research.network.members': 'Membres',
  'research.network.membersCaption': '{count, plural, one {# membre} other {# membres}}',
  'research.network.concernNote':
    'Part avec les pays préoccupants : la part de la production internationale du membre co-signée avec {concern}.',
  'research.network.under': 'Paires sous-connectées',
  'research.network.underNote':
    'Paires dont les travaux co-signés sont inférieurs à ce que la production internationale des deux côtés prévoit (indice = observé ÷ attendu).',
  'research.network.underCaption':
    '{count, plural, one {# paire} other {# paires}}, indice le plus bas en premier',
  'research.centrality': 'Centralité',
  'research.degree': 'Partenaires',
  'research.worksWithin': 'Co-signés entre membres',
  'research.international': 'Production internationale',
  'research.withinShare': 'Part entre membres',
  'research.concernShare': 'Part avec les pays préoccupants',
  'research.pair': 'Paire',
  'research.works': 'Co-signés',
  'research.expected': 'Attendu',
  'research.index': 'Indice de collaboration',

  'research.partners.title': 'Partenaires suggérés',
  'research.partners.lede':
    'Les économies d’un vivier classées pour un membre et un domaine selon la complémentarité (fortes dans le domaine) et la collaboration inexploitée (moins de co-publications qu’attendu), chacune avec ses raisons chiffrées ; en IA, les principales institutions du vivier, chacune contrôlée contre les listes de parties restreintes des membres.',
  'research.member': 'Membre',
  'research.pool': 'Vivier',
  'research.pool.hint':
    'Un code de coalition ou des codes ISO3 séparés par des virgules (par défaut T12)',
  'research.pool.apply': 'Suggérer',
  'research.partners.what': 'les partenaires suggérés',
  'research.partners.error': 'Les partenaires suggérés n’ont pas pu être chargés',
  'research.partners.member':
    '{member} en {field} : {share} des articles mondiaux, ACR {rca} ; vivier {pool}.',
  'research.partners.economies': 'Économies, classées',
  'research.partners.economiesCaption':
    '{count, plural, one {# économie} other {# économies}}, meilleure suggestion en premier',
  'research.partners.institutions': 'Institutions et leur contrôle',
  'research.partners.institutionsNote':
    'Les 100 premières institutions de l’IA selon la NSF dans le vivier. Listée : une liste de parties restreintes nomme l’institution ; à examiner : une correspondance plus faible qu’un analyste doit trancher ; rien à signaler : aucune correspondance ; non contrôlée : aucune liste importée.',
  'research.partners.institutionsCaption':
    '{count, plural, one {# institution} other {# institutions}}, {listed} listée(s)',
  'research.partners.noInstitutions':
    'Aucune des 100 premières institutions de l’IA dans le vivier.',
  'research.rank': 'Rang',
  'research.untapped': 'Inexploité',
  'research.score': 'Score',
  'research.reasons': 'Raisons',
  'research.nsfRank': 'Rang NSF',
  'research.institution': 'Institution',
  'research.screening': 'Contrôle',
  'research.hits': 'Correspondances et raisons',
  'research.aiArticles': 'Articles en IA',
  'research.internationalShare': 'Part internationale',
  'research.worksWithMember': 'Co-signés avec le membre',
  'research.status.listed': 'listée',
  'research.status.review': 'à examiner',
  'research.status.clear': 'rien à signaler',
  'research.status.unscreened': 'non contrôlée',
  'research.status.explain.listed': 'Une liste de parties restreintes nomme cette institution.',
  'research.status.explain.review': 'Une correspondance possible : un analyste doit trancher.',
  'research.status.explain.clear': 'Aucune liste de parties restreintes importée ne la nomme.',
  'research.status.explain.unscreened': 'Aucune liste de parties restreintes n’est importée.',
  'research.hits.summary':
    '{name} ({list}){more, plural, =0 {} one { et # autre} other { et # autres}}',
  'research.hits.none': 'Aucune correspondance.',
  'research.hits.on': 'sur {list}',
  'research.hits.score': 'score {score}',
  'research.hits.decision.match': 'correspondance confirmée',
  'research.hits.decision.no_match': 'jugée sans correspondance',

  'research.institution.title': 'Institution',
  'research.institution.lede':
    'Une institution rapprochée du Research Organization Registry par nom, alias, sigle ou identifiant ROR, et contrôlée contre toutes les listes de parties restreintes importées, avec les raisons.',
  'research.institution.search': 'Nom, sigle ou identifiant ROR',
  'research.institution.hint': 'p. ex. Beihang University, BUAA ou 00wk2mp56',
  'research.institution.go': 'Rechercher',
  'research.institution.prompt':
    'Donnez le nom d’une institution pour la rapprocher et la contrôler.',
  'research.institution.what': 'l’institution',
  'research.institution.error': 'L’institution n’a pas pu être recherchée',
  'research.institution.registry': 'Dans le registre',
  'research.resolution.found': 'Trouvée dans le registre pour « {query} ».',
  'research.resolution.ambiguous':
    '« {query} » désigne plusieurs organisations : choisissez-en une ci-dessous.',
  'research.resolution.unknown':
    '« {query} » n’est pas dans le registre ; elle a été contrôlée par son nom.',
  'research.institution.name': 'Nom',
  'research.institution.aliases': 'Alias',
  'research.institution.acronyms': 'Sigles',
  'research.institution.labels': 'Autres langues',
  'research.institution.types': 'Types',
  'research.institution.established': 'Fondée en',
  'research.institution.release': 'version du registre {release}',
  'research.institution.website': 'Site web',
  'research.institution.matchedBy': 'Rapprochée par',
  'research.institution.candidates': 'Candidates',
};
