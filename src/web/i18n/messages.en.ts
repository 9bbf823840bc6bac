// The interface's English messages (ICU MessageFormat), the catalogue every other language
// translates: messages.fr.ts must have every id (the type says so) and i18n.test.ts parses each.
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
const shellEn = {
  'app.name': 'techalliance',
  'app.skip': 'Skip to content',
  'app.footer':
    'Every figure carries its year and source; each page lists the sources it draws on.',
  'app.api': 'API (OpenAPI)',
  'app.language': 'Language',
  'app.menu': 'Menu',
  'app.loading': 'Loading {what}…',
  'app.breadcrumbs': 'Breadcrumbs',
  'app.home': 'Home',
  'app.notFound.title': 'Page not found',
  'app.notFound.detail': 'Nothing lives at #{path}.',
  'app.notFound.back': 'Go to the world map',
  'app.error.title': 'Something went wrong',
  'app.error.page': 'This page could not be shown',
  'app.retry': 'Try again',
  'app.scrollable': '{what}, scrollable',

  'nav.label': 'Main',
  'nav.facts': 'Facts',
  'nav.alliance': 'The alliance',
  'nav.workstreams': 'Workstreams',
  'nav.decisions': 'Decisions',
  'nav.record': 'The record',
  'nav.map': 'Map',
  'nav.economies': 'Economies',
  'nav.groups': 'Groupings',
  'nav.coalitions': 'Coalitions',
  'nav.criteria': 'Criteria',
  'nav.power': 'Voting power',
  'nav.chains': 'Supply chains',
  'nav.controls': 'Controls',
  'nav.screening': 'Screening',
  'nav.proposals': 'Proposals',
  'nav.workstreamsPage': 'Workstreams',
  'nav.commitments': 'Commitments',
  'nav.audit': 'Audit',
  'nav.account': 'My account',
  'nav.accounts': 'Accounts',
  'nav.login': 'Sign in',

  'search.label': 'Search',
  'search.placeholder': 'Economies, groupings, coalitions, inputs, proposals…',
  'search.none': 'Nothing matches “{query}”.',
  'search.results': '{count, plural, one {# result} other {# results}}',
  'search.kind.economy': 'Economy',
  'search.kind.group': 'Grouping',
  'search.kind.coalition': 'Coalition',
  'search.kind.chain': 'Supply chain',
  'search.kind.input': 'Chain input',
  'search.kind.proposal': 'Proposal',

  'table.filter': 'Filter rows',
  'table.columns': 'Columns',
  'table.csv': 'Download CSV',
  'table.count': '{shown, plural, one {# row} other {# rows}} of {total}',
  'table.sortAscending': 'sorted ascending',
  'table.sortDescending': 'sorted descending',
  'table.empty': 'No rows.',

  'chart.png': 'Download PNG',
  'chart.svg': 'Download SVG',

  'error.network': 'The server could not be reached. Check the connection and try again.',
  'error.validation_failed': 'Some of what was entered is not valid: {detail}',
  'error.bad_file': 'The file could not be read: {detail}',
  'error.not_found': 'This was not found: it may have been removed or renamed.',
  'error.unauthorized': 'Please sign in to do this.',
  'error.forbidden': 'Your role does not allow this.',
  'error.rate_limited': 'Too many attempts. Please wait and try again.',
  'error.conflict':
    'Someone changed this in the meantime, or it is not possible in its current state: {detail}',
  'error.import_rejected': 'The import was refused: {detail}',
  'error.busy': 'The server is busy. Please try again in a moment.',
  'error.unavailable': 'This is not available on this server: {detail}',
  'error.other': 'Something went wrong on the server: {detail}',
} as const;

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
