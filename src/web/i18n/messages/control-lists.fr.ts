// Messages of the item control-list pages (French): every id of control-lists.en.ts.
import type { controlListsEn } from './control-lists.en.ts';

export const controlListsFr: Record<keyof typeof controlListsEn, string> = {
  'controlLists.title': 'Listes de contrôle des biens',
  'controlLists.lede':
    'Les listes de contrôle à l’exportation du régime et de ses membres, rubrique par rubrique et paragraphe par paragraphe : ce que chacune contrôle, ce qu’une seule contrôle, et où un membre est en retard sur le régime.',
  'controlLists.status.controlled': 'Contrôlé',
  'controlLists.status.not-used': 'Non utilisé',
  'controlLists.status.reserved': 'Réservé',
  'controlLists.kind.item': 'Article',
  'controlLists.kind.note': 'Note',
  'controlLists.kind.technical-note': 'Note technique',
  'controlLists.kind.definition': 'Définition',
  'controlLists.kind.text': 'Texte',
  'controlLists.kind.heading': 'Intitulé',

  'controlLists.empty.title': 'Aucune liste de contrôle n’est encore importée',
  'controlLists.empty.text':
    'Les listes s’importent depuis leurs textes officiels. Importez d’abord la liste de Wassenaar (la liste du régime à laquelle les autres sont comparées), puis les listes des membres :',
  'controlLists.empty.after':
    'Chaque import nomme la liste avec --id ; ces pages l’affichent une fois l’import terminé.',

  'controlLists.lists.title': 'Listes importées',
  'controlLists.lists.what': 'les listes de contrôle',
  'controlLists.lists.error': 'Les listes de contrôle n’ont pas pu être chargées',
  'controlLists.lists.caption':
    '{count, plural, one {# liste importée} other {# listes importées}}',
  'controlLists.lists.id': 'Liste',
  'controlLists.lists.browse': 'Parcourir les rubriques de {list}',
  'controlLists.lists.jurisdiction': 'Juridiction',
  'controlLists.lists.regime': 'Régime',
  'controlLists.lists.regimeList': 'liste du régime',
  'controlLists.lists.version': 'Date de version',
  'controlLists.lists.entries': 'Rubriques',
  'controlLists.lists.active': 'Rubriques actives',
  'controlLists.lists.scheme': 'Système de codes',
  'controlLists.lists.licence': 'Licence',
  'controlLists.lists.diffHint': 'Comparer deux listes entières :',
  'controlLists.lists.diffLink': 'différences entre {a} et {b}',

  'controlLists.search.title': 'Rechercher dans les listes',
  'controlLists.search.field': 'Mots ou « une expression »',
  'controlLists.search.hint': 'Chaque mot doit figurer ; le dernier vaut aussi comme début de mot.',
  'controlLists.search.submit': 'Rechercher',
  'controlLists.search.what': 'les résultats de la recherche',
  'controlLists.search.error': 'La recherche a échoué',
  'controlLists.search.results': 'Résultats de la recherche',
  'controlLists.search.caption':
    '{count, plural, one {# paragraphe correspond} other {# paragraphes correspondent}} à « {query} »',
  'controlLists.search.capped':
    'Les {shown} premières des {total} correspondances sont affichées (au plus {limit}).',
  'controlLists.search.announce':
    '{count, plural, =0 {Aucune correspondance} one {# correspondance} other {# correspondances}} pour « {query} »',
  'controlLists.search.list': 'Liste',
  'controlLists.search.entry': 'Rubrique',
  'controlLists.search.label': 'Paragraphe',
  'controlLists.search.kind': 'Nature',
  'controlLists.search.snippet': 'Texte',

  'controlLists.browser.title': 'Parcourir une liste',
  'controlLists.browser.list': 'Liste',
  'controlLists.browser.pickList': 'Choisir une liste…',
  'controlLists.browser.categoryField': 'Catégorie',
  'controlLists.browser.allCategories': 'Toutes les catégories',
  'controlLists.browser.categoryOption':
    'Catégorie {category} ({count, plural, one {# rubrique} other {# rubriques}})',
  'controlLists.browser.what': 'les rubriques de {list}',
  'controlLists.browser.error': 'La liste n’a pas pu être chargée',
  'controlLists.browser.entries': 'Rubriques',
  'controlLists.browser.caption':
    '{list} (version du {date}){category, select, all {} other { · catégorie {category}}} : {count, plural, one {# rubrique} other {# rubriques}}',
  'controlLists.browser.code': 'Code',
  'controlLists.browser.heading': 'Intitulé',
  'controlLists.browser.status': 'Statut',
  'controlLists.browser.paragraphs': 'Paragraphes contrôlés',
  'controlLists.browser.reasons': 'Motifs de contrôle',
  'controlLists.browser.sensitive': 'Liste sensible',
  'controlLists.browser.sensitiveYes': 'Sensible',
  'controlLists.browser.sensitiveNo': 'Non',
  'controlLists.browser.verySensitive': 'Très sensible',
  'controlLists.browser.category': 'Catégorie',

  'controlLists.align.title': 'Alignement sur le régime',
  'controlLists.align.what': 'la matrice d’alignement',
  'controlLists.align.error': 'L’alignement n’a pas pu être calculé',
  'controlLists.align.noRegime':
    'Aucune liste de régime n’est importée : importez la liste de Wassenaar pour y comparer les listes des membres.',
  'controlLists.align.lede':
    'Chaque case : la part des paragraphes contrôlés de {regime} dans la catégorie que la liste reprend avec les mêmes valeurs (dans les rubriques que les deux sources détaillent paragraphe par paragraphe). Choisissez une liste pour voir ce qu’elle seule contrôle et ce qui lui manque.',
  'controlLists.align.caption':
    'Listes des membres face à {regime} : part des paragraphes du régime repris avec les mêmes valeurs, par catégorie',
  'controlLists.align.list': 'Liste',
  'controlLists.align.category': 'Cat. {category}',
  'controlLists.align.entriesPresent': 'Rubriques présentes',
  'controlLists.align.score': 'Score',
  'controlLists.align.notCompared': 'non comparé',
  'controlLists.align.noParagraphs':
    'aucun paragraphe comparé (la liste n’imprime que les intitulés)',
  'controlLists.align.noRegimeEntries': 'le régime n’a aucune rubrique dans cette catégorie',
  'controlLists.align.cellTitle':
    '{same} paragraphes sur {paragraphs} avec les mêmes valeurs ; {present} rubriques sur {entries} présentes',
  'controlLists.align.legend':
    'Échelle de couleurs : part des paragraphes repris avec les mêmes valeurs',
  'controlLists.align.band': 'de {from} à moins de {to}',
  'controlLists.align.scoreNote':
    'Score : la part des rubriques du régime présentes multipliée par la part de ses paragraphes repris avec les mêmes valeurs. Un tiret : rien n’a pu être comparé.',
  'controlLists.align.munitionsNote':
    'Les munitions (ML) n’ont pas été comparées pour {lists} : {count, plural, one {cette liste n’a} other {ces listes n’ont}} pas de partie munitions, leur absence n’est donc pas comptée comme un écart.',

  'controlLists.member.field': 'Liste d’un membre',
  'controlLists.member.none': 'Choisir une liste…',
  'controlLists.member.paragraphs': 'Paragraphes',
  'controlLists.member.count': 'Nombre',

  'controlLists.unilateral.title': 'Ce que {list} est seule à contrôler',
  'controlLists.unilateral.what': 'les contrôles unilatéraux',
  'controlLists.unilateral.error': 'Les contrôles unilatéraux n’ont pas pu être calculés',
  'controlLists.unilateral.lede':
    '{list} face à {regime} : {entries, plural, one {# rubrique} other {# rubriques}} sans équivalent dans la liste du régime, et {paragraphs, plural, one {# rubrique commune} other {# rubriques communes}} avec des paragraphes que seule {list} contrôle.',
  'controlLists.unilateral.entriesCaption':
    '{count, plural, one {# rubrique absente} other {# rubriques absentes}} de la liste du régime',
  'controlLists.unilateral.paragraphsCaption':
    '{count, plural, one {# rubrique commune} other {# rubriques communes}} avec des paragraphes que le régime ne contrôle pas',
  'controlLists.unilateral.series': 'Série',
  'controlLists.unilateral.notJudged':
    'Non évalué (séries d’autres régimes, qu’aucune liste de régime importée ne couvre) : {series}.',

  'controlLists.lag.title': 'Ce qui manque à {list} de la liste du régime',
  'controlLists.lag.what': 'le retard d’adoption',
  'controlLists.lag.error': 'Le retard d’adoption n’a pas pu être calculé',
  'controlLists.lag.memberDate': '{list} en vigueur au',
  'controlLists.lag.regimeDate': '{regime} en vigueur au',
  'controlLists.lag.older':
    '{list} est antérieure à {regime} : un écart peut être une modification que le membre n’a pas encore adoptée.',
  'controlLists.lag.notOlder':
    '{list} n’est pas plus ancienne que {regime} : un écart n’est pas une question de calendrier.',
  'controlLists.lag.noMunitions': 'Les rubriques munitions du régime n’ont pas été comparées.',
  'controlLists.lag.state': 'Dans la liste du membre',
  'controlLists.lag.state.missing': 'Absente',
  'controlLists.lag.state.not-used': 'Imprimée comme non utilisée',
  'controlLists.lag.entriesCaption':
    '{count, plural, one {# rubrique du régime manque} other {# rubriques du régime manquent}} à la liste',
  'controlLists.lag.paragraphsCaption':
    '{count, plural, one {# rubrique commune à laquelle manquent} other {# rubriques communes auxquelles manquent}} des paragraphes du régime',

  'controlLists.entry.title': 'La rubrique {code} côte à côte',
  'controlLists.entry.lede':
    'Les paragraphes de chaque liste, alignés par repère. Un paragraphe que seules certaines listes contrôlent est signalé ; les paragraphes « non utilisés » et « réservés » sont grisés ; les valeurs sont des pastilles, marquées ≠ quand une autre liste fixe une autre valeur.',
  'controlLists.entry.what': 'la rubrique {code}',
  'controlLists.entry.error': 'La rubrique {code} n’a pas pu être chargée',
  'controlLists.entry.choose':
    'Listes affichées ({count, plural, one {# liste} other {# listes}}) : choisir',
  'controlLists.entry.pickLists': 'Listes à afficher côte à côte',
  'controlLists.entry.show': 'Afficher ces listes',
  'controlLists.entry.showAll': 'Toutes les listes qui ont la rubrique',
  'controlLists.entry.missing':
    'Absente de {count, plural, one {cette liste} other {ces listes}} : {lists}.',
  'controlLists.entry.diffLink': 'Toutes les différences entre {a} et {b}',
  'controlLists.entry.gridLabel': 'La rubrique {code} par liste',
  'controlLists.entry.caption': 'La rubrique {code} dans {lists}, alignée par paragraphe',
  'controlLists.entry.paragraph': 'Paragraphe',
  'controlLists.entry.entryRow': 'Rubrique',
  'controlLists.entry.noParagraphs': 'la source n’imprime que l’intitulé',
  'controlLists.entry.notInList': 'absent de cette liste',
  'controlLists.entry.onlyIn': 'Seulement dans {lists}',
  'controlLists.entry.notes': '{count, plural, one {# note} other {# notes}}',
  'controlLists.entry.numbers': 'Valeurs fixées par ce paragraphe',
  'controlLists.entry.readFrom': 'Lu dans : « {text} »',
  'controlLists.entry.valueDiffers': 'diffère de la valeur dans {lists}',
  'controlLists.entry.wordingDiffers': 'Rédigé autrement que dans {list}',
  'controlLists.entry.added': 'ajouté :',
  'controlLists.entry.removed': 'supprimé :',

  'controlLists.diff.title': 'Différences entre deux listes de contrôle',
  'controlLists.diff.titleOf': 'Différences entre {a} et {b}',
  'controlLists.diff.lede':
    'Les rubriques qu’une seule liste contrôle et, pour les rubriques communes, les paragraphes qu’une seule contrôle, les rédactions et les valeurs qui diffèrent. « Non utilisé » compte comme absent.',
  'controlLists.diff.form': 'Listes à comparer',
  'controlLists.diff.a': 'Liste A',
  'controlLists.diff.b': 'Liste B',
  'controlLists.diff.submit': 'Comparer',
  'controlLists.diff.needTwo': 'Importez au moins deux listes de contrôle pour les comparer.',
  'controlLists.diff.what': 'les différences',
  'controlLists.diff.error': 'Les différences n’ont pas pu être calculées',
  'controlLists.diff.announce':
    '{onlyA} rubriques seulement dans A, {onlyB} seulement dans B, {changed} modifiées',
  'controlLists.diff.onlyIn': 'Seulement dans {list}',
  'controlLists.diff.changed': 'Rubriques modifiées',
  'controlLists.diff.same': 'Identiques',
  'controlLists.diff.notCompared': 'Non comparées',
  'controlLists.diff.rules':
    'Les rédactions sont comparées après alignement de l’orthographe (britannique ou américaine) et de la forme des codes (3.B.1. ou 3B001) ; les valeurs après normalisation des unités.',
  'controlLists.diff.onlyInTitle':
    'Seulement dans {list} : {count, plural, one {# rubrique} other {# rubriques}}',
  'controlLists.diff.onlyInCaption': 'Rubriques que {list} contrôle et {other} non',
  'controlLists.diff.changedTitle':
    '{count, plural, one {# rubrique modifiée} other {# rubriques modifiées}}',
  'controlLists.diff.changedCaption': 'Rubriques de {a} et de {b} qui diffèrent',
  'controlLists.diff.paragraphsOnlyIn': 'Paragraphes seulement dans {list}',
  'controlLists.diff.textsDiffer': 'Textes différents',
  'controlLists.diff.numbersDiffer': 'Valeurs différentes',
  'controlLists.diff.view': 'Côte à côte',
  'controlLists.diff.viewOf': 'La rubrique {code} côte à côte',
  'controlLists.diff.sideBySide': 'Côte à côte',
  'controlLists.diff.notComparedTitle':
    'Non comparées : {count, plural, one {# rubrique} other {# rubriques}}',
  'controlLists.diff.notComparedCaption':
    'Rubriques des deux listes dont une source n’imprime pas les paragraphes (comparées par code seulement)',
  'controlLists.diff.reason': 'Pourquoi',

  'controlLists.inputs.title':
    'Quelles listes contrôlent chaque intrant de la chaîne d’approvisionnement',
  'controlLists.inputs.lede':
    'Un lien indique qu’une rubrique d’une liste, ou l’un de ses paragraphes, contrôle un intrant d’une chaîne d’approvisionnement. Pour chaque intrant lié : les listes des membres qui le contrôlent et par quoi, les listes du régime, et qui le fournit — selon que la liste de chaque fournisseur le contrôle, ou qu’aucune liste de cette économie n’est chargée.',
  'controlLists.inputs.chainsWhat': 'les chaînes d’approvisionnement',
  'controlLists.inputs.chainsError': 'Les chaînes d’approvisionnement n’ont pas pu être chargées',
  'controlLists.inputs.noChain.title': 'Aucune chaîne d’approvisionnement n’est encore importée',
  'controlLists.inputs.noChain.text':
    'Les liens rattachent des rubriques aux intrants d’une chaîne : il faut donc d’abord une chaîne. Importez-en une, par exemple la chaîne des semi-conducteurs depuis son dossier de fichiers CSV :',
  'controlLists.inputs.chain': 'Chaîne d’approvisionnement',
  'controlLists.inputs.chainHint': 'Une autre chaîne s’ajoute par import : {command}',
  'controlLists.inputs.coalition': 'Fournisseurs pris en compte',
  'controlLists.inputs.coalitionHint':
    'Un code de coalition ou des codes ISO3 (USA,NLD,JPN) ; vide : toute économie dont une liste est chargée.',
  'controlLists.inputs.everyList': 'Toute économie ayant une liste',
  'controlLists.inputs.show': 'Afficher',
  'controlLists.inputs.what': 'les contrôles des intrants de la chaîne',
  'controlLists.inputs.error': 'Les contrôles des intrants de la chaîne n’ont pas pu être chargés',
  'controlLists.inputs.suppliersOf': 'Fournisseurs pris en compte : {economies}.',
  'controlLists.inputs.suppliersAll':
    'Fournisseurs pris en compte : toute économie dont une liste de membre est chargée.',
  'controlLists.inputs.caption':
    '{count, plural, one {# intrant lié} other {# intrants liés}} de {chain}',
  'controlLists.inputs.input': 'Intrant',
  'controlLists.inputs.links': 'Rubriques liées',
  'controlLists.inputs.controlledBy': 'Contrôlé par',
  'controlLists.inputs.notControlledBy': 'Listes de membres qui ne le contrôlent pas',
  'controlLists.inputs.regimeLists': 'Listes du régime',
  'controlLists.inputs.suppliers': 'Fournisseurs (part mondiale)',
  'controlLists.inputs.uncontrolled': 'Offre non contrôlée',
  'controlLists.inputs.unknown': 'Offre sans liste chargée',
  'controlLists.inputs.aloneColumn': 'Contrôlé isolément',
  'controlLists.inputs.alone': 'Contrôlé isolément',
  'controlLists.inputs.yes': 'oui',
  'controlLists.inputs.no': 'non',
  'controlLists.inputs.noMember': 'aucune liste de membre',
  'controlLists.inputs.noRegime': 'aucune',
  'controlLists.inputs.noSuppliers': 'aucun fournisseur pris en compte',
  'controlLists.inputs.supplier.controls': 'contrôle',
  'controlLists.inputs.supplier.doesNot': 'ne contrôle pas',
  'controlLists.inputs.supplier.noList': 'aucune liste chargée',
  'controlLists.inputs.aloneNote':
    '« Contrôlé isolément » : la liste d’un seul membre contrôle l’intrant alors que d’autres fournisseurs, dont les listes sont chargées, ne le contrôlent pas — l’écart qu’un contrôle coordonné comblerait. « Offre non contrôlée » additionne les parts connues de ces fournisseurs.',
  'controlLists.inputs.noLinks.title': 'Aucune rubrique n’est encore liée à un intrant de {chain}',
  'controlLists.inputs.noLinks.text':
    'Un lien enregistre qu’une rubrique ou un paragraphe contrôle un intrant : par exemple 3B001.f (équipements de lithographie) → Lithography tools. Le tableau montre alors quelles listes contrôlent l’intrant et lesquelles, parmi celles des fournisseurs, ne le contrôlent pas.',
  'controlLists.inputs.noLinks.below': 'Ajoutez le premier lien avec le formulaire ci-dessous.',
  'controlLists.inputs.noLinks.cli':
    'Le secrétariat et les délégués des membres ajoutent des liens ici une fois connectés, ou sur le serveur :',
  'controlLists.inputs.whoLinks':
    'Le secrétariat et les délégués des membres, une fois connectés, ajoutent et retirent les liens ici.',
  'controlLists.inputs.remove': 'Retirer',
  'controlLists.inputs.removed': 'Lien {link} → {input} retiré',
  'controlLists.inputs.removeError': 'Le lien n’a pas pu être retiré',
  'controlLists.inputs.added': 'Lien {link} → {input} ajouté',
  'controlLists.inputs.form.title': 'Lier une rubrique à un intrant',
  'controlLists.inputs.form.code': 'Rubrique',
  'controlLists.inputs.form.codeHint': 'par ex. 3B001, 3.B.1. ou 8B301',
  'controlLists.inputs.form.paragraph': 'Paragraphe',
  'controlLists.inputs.form.paragraphHint': 'par ex. f ou c.1 ; vide : toute la rubrique',
  'controlLists.inputs.form.input': 'Intrant',
  'controlLists.inputs.form.pickInput': 'Choisir un intrant…',
  'controlLists.inputs.form.inputs': 'Intrants',
  'controlLists.inputs.form.stages': 'Étapes',
  'controlLists.inputs.form.note': 'Note (pourquoi la rubrique le contrôle)',
  'controlLists.inputs.form.submit': 'Ajouter le lien',
  'controlLists.inputs.form.error': 'Le lien n’a pas pu être ajouté',
  'controlLists.inputs.form.chainError': 'Les intrants de la chaîne n’ont pas pu être chargés',
};
