// Messages of the conversations (Polis-style consultations): the list, one conversation with its
// voting card, opinion map, consensus, breakdown and weighting, and the secretariat's moderation
// (English).
export const conversationsEn = {
  'conv.title': 'Conversation',
  'conv.list.title': 'Conversations',
  'conv.list.lede':
    'Consultations run as open conversations: participants write short statements and vote agree, disagree or pass on the others’. The map shows the opinion groups that form, what each group stands for, and what holds across groups and across member economies.',
  'conv.list.what': 'the conversations',
  'conv.list.error': 'The conversations could not be loaded',
  'conv.list.none': 'No conversation yet.',
  'conv.list.caption': '{count, plural, one {# conversation} other {# conversations}}',

  'conv.col.title': 'Conversation',
  'conv.col.participants': 'Participants',
  'conv.col.votes': 'Votes',
  'conv.col.statements': 'Statements',
  'conv.col.pending': 'Awaiting moderation',
  'conv.col.statement': 'Statement',
  'conv.col.direction': 'Direction',
  'conv.col.consensus': 'Consensus',
  'conv.col.byGroup': 'Agreement by group',
  'conv.col.minShare': 'Lowest agreement in a member',
  'conv.col.economies': 'Agreement by economy (participants)',

  'conv.state.open': 'Open',
  'conv.state.closed': 'Closed',
  'conv.level.public': 'Public',
  'conv.level.alliance': 'Alliance (signed-in accounts)',
  'conv.level.members': 'Members only',
  'conv.source.polis': 'Imported from Polis',
  'conv.source.platform': 'Run on the platform',

  'conv.item.what': 'the conversation',
  'conv.item.error': 'The conversation could not be loaded',
  'conv.item.noCode': 'No conversation is named in the address.',
  'conv.item.state': 'State',
  'conv.item.confidentiality': 'Who sees it',
  'conv.item.proposal': 'Consults on proposal',
  'conv.item.source': 'Source',
  'conv.item.closedNotice': 'This conversation is closed: it takes no more votes or statements.',
  'conv.item.noVote':
    'The secretariat moderates this conversation and does not vote in it; delegations, observers and stakeholders do.',
  'conv.item.signIn': 'Sign in to take part.',
  'conv.item.signInWhy':
    'Each participant votes under their account, so that the map can weigh economies and constituencies.',

  'conv.vote.title': 'Your vote',
  'conv.vote.what': 'the next statement',
  'conv.vote.error': 'The next statement could not be loaded',
  'conv.vote.failed': 'The vote was not recorded',
  'conv.vote.allDone':
    'You have voted on every statement. New statements appear here as they are accepted; you can also add your own below.',
  'conv.vote.remaining':
    '{remaining, plural, one {# statement left} other {# statements left}} · {votes, plural, =0 {no vote on this one yet} one {# participant has voted on this one} other {# participants have voted on this one}}',
  'conv.vote.choices': 'Your vote on this statement',
  'conv.vote.agree': 'Agree',
  'conv.vote.disagree': 'Disagree',
  'conv.vote.pass': 'Pass / unsure',
  'conv.vote.keys': 'Keyboard: A agree, D disagree, P pass, while the card has focus.',
  'conv.vote.doneAgree': 'Recorded: agree. Next statement.',
  'conv.vote.doneDisagree': 'Recorded: disagree. Next statement.',
  'conv.vote.donePass': 'Recorded: pass. Next statement.',

  'conv.write.title': 'Add a statement',
  'conv.write.hint':
    'One short idea others can agree or disagree with, in any language. It appears once the secretariat accepts it.',
  'conv.write.hintSecretariat':
    'One short idea others can agree or disagree with. The secretariat’s statements are accepted at once.',
  'conv.write.text': 'Statement',
  'conv.write.language': 'Language (optional)',
  'conv.write.languageHint': 'A language tag: en, fr, de, pt-BR.',
  'conv.write.submit': 'Submit the statement',
  'conv.write.pending': 'Your statement was received; it waits for the secretariat’s moderation.',
  'conv.write.accepted': 'The statement was added and is shown to participants.',
  'conv.write.failed': 'The statement was not added',

  'conv.map.heading': 'Opinion map',
  'conv.map.title': 'Participants by opinion',
  'conv.map.what': 'the opinion map',
  'conv.map.error': 'The opinion map could not be computed',
  'conv.map.description':
    '{placed, plural, one {# participant} other {# participants}} placed on the two main axes of the votes, in {k, plural, =0 {no group} one {# group} other {# groups}}; {notPlaced, plural, =0 {everyone who voted is placed} one {# has too few votes to be placed} other {# have too few votes to be placed}}.',
  'conv.map.empty':
    'Nobody is placed yet: a participant enters the map after voting on 7 statements (or all of them, if fewer). {notPlaced, plural, =0 {} one {# participant has started voting.} other {# participants have started voting.}}',
  'conv.map.live': 'Updates while the conversation is open · last updated {time}',
  'conv.map.you': 'You',
  'conv.map.yours': 'your group',
  'conv.map.legend': 'Opinion groups',
  'conv.map.group':
    'Group {letter}: {size, plural, one {# participant} other {# participants}}{weighted, select, 1 { (weight {weight})} other {}}',
  'conv.map.indicatorNote':
    'Each economy’s participants together weigh in proportion to the indicator ({economies, plural, one {# economy has} other {# economies have}} a value); {unweighted, plural, =0 {every participant counts} one {# participant without a value counts for nothing} other {# participants without a value count for nothing}}.',

  'conv.repness.title': 'What group {letter} stands for',
  'conv.repness.none': 'No statement sets this group apart yet.',
  'conv.repness.agree': '{share} agree',
  'conv.repness.disagree': '{share} disagree',
  'conv.repness.notSignificant': '(not yet significant)',

  'conv.direction.agree': 'Agree',
  'conv.direction.disagree': 'Disagree',

  'conv.consensus.title': 'What every group agrees on',
  'conv.consensus.lede':
    'Statements every opinion group tends to agree (or disagree) with: the product over groups of each group’s smoothed agreement.',
  'conv.consensus.none': 'No statement has consensus across the groups yet.',
  'conv.consensus.caption': 'Consensus across opinion groups',

  'conv.across.title': 'What holds across member economies',
  'conv.across.lede':
    'Statements a majority agrees with in every member economy with at least 5 participants on the map.',
  'conv.across.none':
    'No statement has a majority in every member economy with enough participants.',
  'conv.across.caption': 'Consensus across member economies',

  'conv.breakdown.title': 'Who is in each group',
  'conv.breakdown.lede':
    'Participants of each opinion group by economy and by constituency, as they signed in (imported participants have neither).',
  'conv.breakdown.byEconomy': 'Groups by economy',
  'conv.breakdown.byConstituency': 'Groups by constituency',
  'conv.breakdown.economy': 'Economy',
  'conv.breakdown.constituency': 'Constituency',
  'conv.breakdown.group': 'Group {letter}',
  'conv.breakdown.total': 'All groups',
  'conv.breakdown.unknown': 'Not given',

  'conv.weight.title': 'Weighting',
  'conv.weight.none': 'None',
  'conv.weight.economy': 'Each economy equal',
  'conv.weight.constituency': 'Each constituency equal',
  'conv.weight.both': 'Both',
  'conv.weight.indicator': 'By an indicator',
  'conv.weight.hint.none':
    'Every participant counts once: economies that turn out in numbers weigh more.',
  'conv.weight.hint.economy':
    'Each economy’s participants together weigh the same, so no economy dominates the map by turnout.',
  'conv.weight.hint.constituency':
    'Each constituency (members, partners, observers, industry, NGOs, academia, technical bodies) weighs the same.',
  'conv.weight.hint.both': 'Economies and constituencies weigh the same at once (raking).',
  'conv.weight.hint.indicator':
    'Each economy’s participants together weigh in proportion to the indicator’s latest value (e.g. population).',

  'conv.moderate.title': 'Moderation',
  'conv.moderate.pending':
    '{count, plural, =0 {No statement awaits moderation} one {# statement awaits moderation} other {# statements await moderation}}',
  'conv.moderate.none': 'Nothing to moderate.',
  'conv.moderate.accept': 'Accept',
  'conv.moderate.reject': 'Reject',
  'conv.moderate.acceptOne': 'Accept statement {id}',
  'conv.moderate.rejectOne': 'Reject statement {id}',
  'conv.moderate.accepted': 'The statement was accepted.',
  'conv.moderate.rejected': 'The statement was rejected; it leaves the analysis.',
  'conv.moderate.open': 'Open the conversation',
  'conv.moderate.close': 'Close the conversation',
  'conv.moderate.export': 'Export in Polis’s layout (4 CSV files)',
  'conv.moderate.failed': 'The change was not made',

  'conv.new.title': 'Start a conversation',
  'conv.new.code': 'Code',
  'conv.new.codeHint': '2–40 lower-case letters, digits and hyphens, e.g. ai-safety-2027.',
  'conv.new.name': 'Title',
  'conv.new.description': 'What it asks',
  'conv.new.seeds': 'Seed statements',
  'conv.new.seedsHint': 'One per line; accepted at once.',
  'conv.new.submit': 'Start the conversation',
  'conv.new.done': 'The conversation “{title}” is open.',
  'conv.new.failed': 'The conversation was not started',
} as const;
