// Messages of the item control-list pages: the lists, search, browser, alignment, the
// side-by-side entry view and the diff of two lists (English).
export const controlListsEn = {
  'controlLists.title': 'Item control lists',
  'controlLists.lede':
    'The export-control lists of the regime and of its members, entry by entry and paragraph by paragraph: what each controls, what one controls alone, and where a member lags behind the regime.',
  'controlLists.status.controlled': 'Controlled',
  'controlLists.status.not-used': 'Not used',
  'controlLists.status.reserved': 'Reserved',
  'controlLists.kind.item': 'Item',
  'controlLists.kind.note': 'Note',
  'controlLists.kind.technical-note': 'Technical note',
  'controlLists.kind.definition': 'Definition',
  'controlLists.kind.text': 'Text',
  'controlLists.kind.heading': 'Heading',

  'controlLists.empty.title': 'No control list is imported yet',
  'controlLists.empty.text':
    'Lists arrive by import from their official texts. Import the Wassenaar list first (the regime list the others are compared with), then members’ lists:',
  'controlLists.empty.after':
    'Each import names the list with --id; the pages here show it once the import is done.',

  'controlLists.lists.title': 'Imported lists',
  'controlLists.lists.what': 'the control lists',
  'controlLists.lists.error': 'The control lists could not be loaded',
  'controlLists.lists.caption': '{count, plural, one {# list imported} other {# lists imported}}',
  'controlLists.lists.id': 'List',
  'controlLists.lists.browse': 'Browse the entries of {list}',
  'controlLists.lists.jurisdiction': 'Jurisdiction',
  'controlLists.lists.regime': 'Regime',
  'controlLists.lists.regimeList': 'regime list',
  'controlLists.lists.version': 'Version date',
  'controlLists.lists.entries': 'Entries',
  'controlLists.lists.active': 'Active entries',
  'controlLists.lists.scheme': 'Code scheme',
  'controlLists.lists.licence': 'Licence',
  'controlLists.lists.diffHint': 'Compare two whole lists:',
  'controlLists.lists.diffLink': 'diff of {a} and {b}',

  'controlLists.search.title': 'Search the lists',
  'controlLists.search.field': 'Words or "a phrase"',
  'controlLists.search.hint': 'Every word must occur; the last also matches as a prefix.',
  'controlLists.search.submit': 'Search',
  'controlLists.search.what': 'the search results',
  'controlLists.search.error': 'The search failed',
  'controlLists.search.results': 'Search results',
  'controlLists.search.caption':
    '{count, plural, one {# paragraph matches} other {# paragraphs match}} “{query}”',
  'controlLists.search.capped': 'The first {shown} of {total} matches are shown (at most {limit}).',
  'controlLists.search.announce':
    '{count, plural, =0 {Nothing matches} one {# match} other {# matches}} for “{query}”',
  'controlLists.search.list': 'List',
  'controlLists.search.entry': 'Entry',
  'controlLists.search.label': 'Paragraph',
  'controlLists.search.kind': 'Kind',
  'controlLists.search.snippet': 'Text',

  'controlLists.browser.title': 'Browse a list',
  'controlLists.browser.list': 'List',
  'controlLists.browser.pickList': 'Choose a list…',
  'controlLists.browser.categoryField': 'Category',
  'controlLists.browser.allCategories': 'Every category',
  'controlLists.browser.categoryOption':
    'Category {category} ({count, plural, one {# entry} other {# entries}})',
  'controlLists.browser.what': 'the entries of {list}',
  'controlLists.browser.error': 'The list could not be loaded',
  'controlLists.browser.entries': 'Entries',
  'controlLists.browser.caption':
    '{list} (version of {date}){category, select, all {} other { · category {category}}}: {count, plural, one {# entry} other {# entries}}',
  'controlLists.browser.code': 'Code',
  'controlLists.browser.heading': 'Heading',
  'controlLists.browser.status': 'Status',
  'controlLists.browser.paragraphs': 'Controlled paragraphs',
  'controlLists.browser.reasons': 'Reasons for control',
  'controlLists.browser.sensitive': 'Sensitive list',
  'controlLists.browser.sensitiveYes': 'Sensitive',
  'controlLists.browser.sensitiveNo': 'No',
  'controlLists.browser.verySensitive': 'Very sensitive',
  'controlLists.browser.category': 'Category',

  'controlLists.align.title': 'Alignment with the regime',
  'controlLists.align.what': 'the alignment matrix',
  'controlLists.align.error': 'The alignment could not be computed',
  'controlLists.align.noRegime':
    'No regime list is imported: import the Wassenaar list to compare members’ lists with it.',
  'controlLists.align.lede':
    'Each cell: the share of {regime}’s controlled paragraphs in the category that the list has with the same numbers (in entries both sources print paragraph by paragraph). Choose a list to see what it controls alone and what it lacks.',
  'controlLists.align.caption':
    'Members’ lists against {regime}: share of the regime’s paragraphs implemented with the same numbers, by category',
  'controlLists.align.list': 'List',
  'controlLists.align.category': 'Cat. {category}',
  'controlLists.align.entriesPresent': 'Entries present',
  'controlLists.align.score': 'Score',
  'controlLists.align.notCompared': 'not compared',
  'controlLists.align.noParagraphs': 'no paragraphs compared (the list prints headings only)',
  'controlLists.align.noRegimeEntries': 'the regime has no entry in this category',
  'controlLists.align.cellTitle':
    '{same} of {paragraphs} paragraphs with the same numbers; {present} of {entries} entries present',
  'controlLists.align.legend':
    'Colour scale: share of paragraphs implemented with the same numbers',
  'controlLists.align.band': '{from} to under {to}',
  'controlLists.align.scoreNote':
    'Score: the share of the regime’s entries present times the share of its paragraphs implemented with the same numbers. A dash: nothing could be compared.',
  'controlLists.align.munitionsNote':
    'Munitions (ML) were not compared for {lists}: {count, plural, one {this list has} other {these lists have}} no munitions part, so lacking one is not counted as a gap.',

  'controlLists.member.field': 'Member list',
  'controlLists.member.none': 'Choose a list…',
  'controlLists.member.paragraphs': 'Paragraphs',
  'controlLists.member.count': 'Count',

  'controlLists.unilateral.title': 'What {list} controls alone',
  'controlLists.unilateral.what': 'the unilateral controls',
  'controlLists.unilateral.error': 'The unilateral controls could not be computed',
  'controlLists.unilateral.lede':
    '{list} against {regime}: {entries, plural, one {# entry} other {# entries}} with no counterpart in the regime’s list, and {paragraphs, plural, one {# shared entry} other {# shared entries}} with paragraphs only {list} controls.',
  'controlLists.unilateral.entriesCaption':
    '{count, plural, one {# entry} other {# entries}} the regime’s list does not have',
  'controlLists.unilateral.paragraphsCaption':
    '{count, plural, one {# shared entry} other {# shared entries}} with paragraphs the regime does not control',
  'controlLists.unilateral.series': 'Series',
  'controlLists.unilateral.notJudged':
    'Not judged (series of other regimes, which no imported regime list covers): {series}.',

  'controlLists.lag.title': 'What {list} lacks of the regime’s list',
  'controlLists.lag.what': 'the adoption lag',
  'controlLists.lag.error': 'The adoption lag could not be computed',
  'controlLists.lag.memberDate': '{list} valid at',
  'controlLists.lag.regimeDate': '{regime} valid at',
  'controlLists.lag.older':
    '{list} predates {regime}: a gap may be a change the member has not adopted yet.',
  'controlLists.lag.notOlder':
    '{list} is not older than {regime}: a gap is not a matter of timing.',
  'controlLists.lag.noMunitions': 'The regime’s munitions entries were not compared.',
  'controlLists.lag.state': 'In the member’s list',
  'controlLists.lag.state.missing': 'Missing',
  'controlLists.lag.state.not-used': 'Printed as not used',
  'controlLists.lag.entriesCaption':
    '{count, plural, one {# regime entry} other {# regime entries}} the list lacks',
  'controlLists.lag.paragraphsCaption':
    '{count, plural, one {# shared entry} other {# shared entries}} missing some of the regime’s paragraphs',

  'controlLists.entry.title': 'Entry {code} side by side',
  'controlLists.entry.lede':
    'Each list’s paragraphs, aligned by label. A paragraph only some lists control is marked; “not used” and “reserved” paragraphs are greyed; numbers are chips, marked ≠ where another list sets another value.',
  'controlLists.entry.what': 'entry {code}',
  'controlLists.entry.error': 'Entry {code} could not be loaded',
  'controlLists.entry.choose':
    'Lists shown ({count, plural, one {# list} other {# lists}}): choose',
  'controlLists.entry.pickLists': 'Lists to show side by side',
  'controlLists.entry.show': 'Show these lists',
  'controlLists.entry.showAll': 'Every list that has the entry',
  'controlLists.entry.missing':
    'Not in {count, plural, one {this list} other {these lists}}: {lists}.',
  'controlLists.entry.diffLink': 'The whole diff of {a} and {b}',
  'controlLists.entry.gridLabel': 'Entry {code} by list',
  'controlLists.entry.caption': 'Entry {code} in {lists}, aligned by paragraph',
  'controlLists.entry.paragraph': 'Paragraph',
  'controlLists.entry.entryRow': 'Entry',
  'controlLists.entry.noParagraphs': 'the source prints the heading only',
  'controlLists.entry.notInList': 'not in this list',
  'controlLists.entry.onlyIn': 'Only in {lists}',
  'controlLists.entry.notes': '{count, plural, one {# note} other {# notes}}',
  'controlLists.entry.numbers': 'Numbers set by this paragraph',
  'controlLists.entry.readFrom': 'Read from: “{text}”',
  'controlLists.entry.valueDiffers': 'differs from the value in {lists}',
  'controlLists.entry.wordingDiffers': 'Worded differently from {list}',
  'controlLists.entry.added': 'added:',
  'controlLists.entry.removed': 'removed:',

  'controlLists.diff.title': 'Diff of two control lists',
  'controlLists.diff.titleOf': 'Diff of {a} and {b}',
  'controlLists.diff.lede':
    'Entries only one list controls, and for shared entries the paragraphs only one controls, wording that differs and numbers that differ. “Not used” counts as absent.',
  'controlLists.diff.form': 'Lists to compare',
  'controlLists.diff.a': 'List A',
  'controlLists.diff.b': 'List B',
  'controlLists.diff.submit': 'Compare',
  'controlLists.diff.needTwo': 'Import at least two control lists to compare them.',
  'controlLists.diff.what': 'the diff',
  'controlLists.diff.error': 'The diff could not be computed',
  'controlLists.diff.announce': '{onlyA} entries only in A, {onlyB} only in B, {changed} changed',
  'controlLists.diff.onlyIn': 'Only in {list}',
  'controlLists.diff.changed': 'Changed entries',
  'controlLists.diff.same': 'Same',
  'controlLists.diff.notCompared': 'Not compared',
  'controlLists.diff.rules':
    'Wording is compared after spelling (British or American) and code forms (3.B.1. or 3B001) are folded; numbers after units are normalised.',
  'controlLists.diff.onlyInTitle':
    'Only in {list}: {count, plural, one {# entry} other {# entries}}',
  'controlLists.diff.onlyInCaption': 'Entries {list} controls and {other} does not',
  'controlLists.diff.changedTitle':
    '{count, plural, one {# changed entry} other {# changed entries}}',
  'controlLists.diff.changedCaption': 'Entries in {a} and {b} that differ',
  'controlLists.diff.paragraphsOnlyIn': 'Paragraphs only in {list}',
  'controlLists.diff.textsDiffer': 'Texts differ',
  'controlLists.diff.numbersDiffer': 'Numbers differ',
  'controlLists.diff.view': 'Side by side',
  'controlLists.diff.viewOf': 'Entry {code} side by side',
  'controlLists.diff.sideBySide': 'Side by side',
  'controlLists.diff.notComparedTitle':
    'Not compared: {count, plural, one {# entry} other {# entries}}',
  'controlLists.diff.notComparedCaption':
    'Entries in both lists whose paragraphs one source does not print (compared by code only)',
  'controlLists.diff.reason': 'Why',

  'controlLists.inputs.title': 'Which lists control each supply-chain input',
  'controlLists.inputs.lede':
    'A link says that a list entry, or one of its paragraphs, controls an input of a supply chain. For each linked input: the members’ lists that control it and through what, the regime lists, and who supplies it — whether each supplier’s own list controls it, or no list of that economy is loaded.',
  'controlLists.inputs.chainsWhat': 'the supply chains',
  'controlLists.inputs.chainsError': 'The supply chains could not be loaded',
  'controlLists.inputs.noChain.title': 'No supply chain is imported yet',
  'controlLists.inputs.noChain.text':
    'Links tie list entries to a chain’s inputs, so a chain is needed first. Import one, e.g. the semiconductor chain from its folder of CSV files:',
  'controlLists.inputs.chain': 'Supply chain',
  'controlLists.inputs.chainHint': 'Another chain arrives by import: {command}',
  'controlLists.inputs.coalition': 'Suppliers counted',
  'controlLists.inputs.coalitionHint':
    'A coalition code or ISO3 codes (USA,NLD,JPN); empty: every economy with a list loaded.',
  'controlLists.inputs.everyList': 'Every economy with a list',
  'controlLists.inputs.show': 'Show',
  'controlLists.inputs.what': 'the controls of the chain’s inputs',
  'controlLists.inputs.error': 'The controls of the chain’s inputs could not be loaded',
  'controlLists.inputs.suppliersOf': 'Suppliers counted: {economies}.',
  'controlLists.inputs.suppliersAll': 'Suppliers counted: every economy with a member list loaded.',
  'controlLists.inputs.caption':
    '{count, plural, one {# linked input} other {# linked inputs}} of {chain}',
  'controlLists.inputs.input': 'Input',
  'controlLists.inputs.links': 'Linked entries',
  'controlLists.inputs.controlledBy': 'Controlled by',
  'controlLists.inputs.notControlledBy': 'Member lists not controlling it',
  'controlLists.inputs.regimeLists': 'Regime lists',
  'controlLists.inputs.suppliers': 'Suppliers (share of world)',
  'controlLists.inputs.uncontrolled': 'Uncontrolled supply',
  'controlLists.inputs.unknown': 'Supply with no list loaded',
  'controlLists.inputs.aloneColumn': 'Controlled alone',
  'controlLists.inputs.alone': 'Controlled alone',
  'controlLists.inputs.yes': 'yes',
  'controlLists.inputs.no': 'no',
  'controlLists.inputs.noMember': 'no member list',
  'controlLists.inputs.noRegime': 'none',
  'controlLists.inputs.noSuppliers': 'no supplier counted',
  'controlLists.inputs.supplier.controls': 'controls',
  'controlLists.inputs.supplier.doesNot': 'does not',
  'controlLists.inputs.supplier.noList': 'no list loaded',
  'controlLists.inputs.aloneNote':
    '“Controlled alone”: exactly one member’s list controls the input while other suppliers, whose lists are loaded, do not — the gap a coordinated control would close. “Uncontrolled supply” adds up the known shares of those suppliers.',
  'controlLists.inputs.noLinks.title': 'No entry is linked to an input of {chain} yet',
  'controlLists.inputs.noLinks.text':
    'A link records that a list entry or paragraph controls an input: for example 3B001.f (lithography equipment) → Lithography tools. The table then shows which lists control the input and which suppliers’ lists do not.',
  'controlLists.inputs.noLinks.below': 'Add the first link with the form below.',
  'controlLists.inputs.noLinks.cli':
    'The secretariat and member delegates add links here once signed in, or on the server:',
  'controlLists.inputs.whoLinks':
    'The secretariat and member delegates, signed in, add and remove the links here.',
  'controlLists.inputs.remove': 'Remove',
  'controlLists.inputs.removed': 'Link {link} → {input} removed',
  'controlLists.inputs.removeError': 'The link could not be removed',
  'controlLists.inputs.added': 'Link {link} → {input} added',
  'controlLists.inputs.form.title': 'Link an entry to an input',
  'controlLists.inputs.form.code': 'Entry',
  'controlLists.inputs.form.codeHint': 'e.g. 3B001, 3.B.1. or 8B301',
  'controlLists.inputs.form.paragraph': 'Paragraph',
  'controlLists.inputs.form.paragraphHint': 'e.g. f or c.1; empty: the whole entry',
  'controlLists.inputs.form.input': 'Input',
  'controlLists.inputs.form.pickInput': 'Choose an input…',
  'controlLists.inputs.form.inputs': 'Inputs',
  'controlLists.inputs.form.stages': 'Stages',
  'controlLists.inputs.form.note': 'Note (why the entry controls it)',
  'controlLists.inputs.form.submit': 'Add the link',
  'controlLists.inputs.form.error': 'The link could not be added',
  'controlLists.inputs.form.chainError': 'The chain’s inputs could not be loaded',
} as const;
