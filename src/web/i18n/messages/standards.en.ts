// Messages of the standards pages: the committees table, a committee (members by role, changes,
// coordination of its meetings), a coalition's engagement dashboard and the snapshot changes with
// the workstream's alerts (English).
export const standardsEn = {
  'nav.standards': 'Standards',

  'standards.title': 'Standards committees',
  'standards.lede':
    'The committees that write international standards: who holds each secretariat, who participates and who observes, and the strategic technology areas they work in.',
  'standards.links': 'Standards pages',
  'standards.none': 'none',

  'standards.type.TC': 'Technical committee',
  'standards.type.SC': 'Subcommittee',
  'standards.type.PC': 'Project committee',
  'standards.type.joint': 'Joint committee',
  'standards.type.other': 'Other',
  'standards.status.active': 'Active',
  'standards.status.suspended': 'Suspended',
  'standards.status.disbanded': 'Disbanded',
  'standards.role.secretariat': 'Secretariat',
  'standards.role.P': 'Participating',
  'standards.role.O': 'Observing',
  'standards.kind.committee-added': 'New committee',
  'standards.kind.committee-removed': 'Committee removed',
  'standards.kind.status-changed': 'Status changed',
  'standards.kind.secretariat-changed': 'Secretariat changed',
  'standards.kind.member-joined': 'Member joined',
  'standards.kind.member-left': 'Member left',
  'standards.kind.role-changed': 'Role changed',
  'standards.confidentiality.public': 'Public',
  'standards.confidentiality.alliance': 'Alliance (signed-in accounts)',
  'standards.confidentiality.members': 'Member delegations only',

  'standards.empty.title': 'No standards committee is imported yet',
  'standards.empty.text':
    'Committees arrive by import from a standards body’s open data (ISO’s to begin with):',

  'standards.filter.form': 'Filter the committees',
  'standards.filter.q': 'Words of the reference or title',
  'standards.filter.search': 'Search',
  'standards.filter.clear': 'Clear the filters',
  'standards.filter.any': 'Any',
  'standards.filter.body': 'Body',
  'standards.filter.type': 'Type',
  'standards.filter.status': 'Status',
  'standards.filter.tag': 'Strategic area',
  'standards.filter.secretariat': 'Secretariat held by',
  'standards.filter.member': 'Member',

  'standards.committees.title': 'Committees',
  'standards.committees.what': 'the committees',
  'standards.committees.error': 'The committees could not be loaded',
  'standards.committees.count':
    '{count, plural, one {# committee shown} other {{shown} committees shown}} of {all} imported ({active} of them active).',
  'standards.committees.caption':
    '{count, plural, one {# committee} other {# committees}}: secretariat, members (P participating, the secretariat included; O observing) and strategic areas',

  'standards.col.reference': 'Reference',
  'standards.col.type': 'Type',
  'standards.col.status': 'Status',
  'standards.col.title': 'Title',
  'standards.col.secretariat': 'Secretariat',
  'standards.col.participating': 'P',
  'standards.col.observing': 'O',
  'standards.col.created': 'Created',
  'standards.col.tags': 'Strategic areas',
  'standards.col.parent': 'Parent committee',
  'standards.col.body': 'Body',

  'standards.tags.inherited': '(from the parent)',
  'standards.tags.none': 'none',

  'standards.committee.none': 'Committee',
  'standards.committee.noRef':
    'No committee is named. Open one from the committees table, e.g. ISO/IEC JTC 1/SC 42.',
  'standards.committee.what': 'committee {ref}',
  'standards.committee.error': 'Committee {ref} could not be loaded',
  'standards.committee.externalId': 'Source id',
  'standards.committee.subcommittees': 'Subcommittees',
  'standards.committee.subCaption':
    '{count, plural, one {# subcommittee} other {# subcommittees}} of {ref}',
  'standards.committee.changes': 'Changes in the imported snapshots',
  'standards.committee.noChanges': 'No imported snapshot has changed this committee.',
  'standards.committee.changesCaption':
    '{count, plural, one {# change} other {# changes}} that named this committee, newest first',

  'standards.members.title': 'Members by role',
  'standards.members.none': 'The data lists no member of this committee.',
  'standards.members.economy': 'Economy',
  'standards.members.body': 'Member body',
  'standards.members.role': 'Role',
  'standards.members.onlySecretariat':
    'The data lists only this committee’s secretariat (another body administers it): its other members are not known here.',
  'standards.members.unmapped': 'not mapped to an economy',
  'standards.members.caption': '{count, plural, one {# member} other {# members}} of {ref}',
  'standards.map.title': 'Members on the map',
  'standards.map.description':
    '{p, plural, one {# participating member} other {# participating members}} (the secretariat included) and {o, plural, one {# observer} other {# observers}}',
  'standards.map.label': 'World map of the members of {ref} by role',
  'standards.map.key': 'Map key',
  'standards.map.keyItem': '{role} ({count})',
  'standards.map.member': '{role} ({body})',
  'standards.map.notMember': 'not a member',

  'standards.coord.title': 'Coordination of meetings',
  'standards.coord.lede':
    'Before a meeting, the workstream records which members will attend and the alliance’s shared position (with the proposal that agreed it); afterwards, the outcome.',
  'standards.coord.what': 'the coordination history',
  'standards.coord.loadError': 'The coordination history could not be loaded',
  'standards.coord.none': 'No meeting of this committee has been coordinated yet.',
  'standards.coord.caption':
    '{count, plural, one {# coordinated meeting} other {# coordinated meetings}}, newest first',
  'standards.coord.date': 'Meeting date',
  'standards.coord.place': 'Place',
  'standards.coord.attending': 'Members attending',
  'standards.coord.position': 'Shared position',
  'standards.coord.positionHint': 'What the members attending will say and vote for.',
  'standards.coord.proposal': 'Proposal',
  'standards.coord.proposalId': 'Proposal id',
  'standards.coord.proposalHint': 'The governance proposal that agreed the position (optional).',
  'standards.coord.outcome': 'Outcome',
  'standards.coord.noOutcome': 'not recorded yet',
  'standards.coord.confidentiality': 'Who sees it',
  'standards.coord.by': 'Recorded by',
  'standards.coord.formTitle': 'Record a meeting',
  'standards.coord.submit': 'Record the meeting',
  'standards.coord.error': 'The meeting could not be recorded',
  'standards.coord.recorded': 'The meeting of {date} is recorded.',
  'standards.coord.pick': 'Add {name} as attending',
  'standards.coord.unpick': 'Remove {name}',
  'standards.coord.pickShort': 'Add',
  'standards.coord.unpickShort': '✓ chosen · remove',
  'standards.coord.addOutcome': 'Add the outcome',
  'standards.coord.outcomeOf': 'Outcome of the meeting of {date}',
  'standards.coord.saveOutcome': 'Save the outcome',
  'standards.coord.outcomeError': 'The outcome could not be saved',
  'standards.coord.outcomeSaved': 'The outcome of the meeting of {date} is saved.',
  'standards.coord.who':
    'The secretariat and member delegations record the coordination of meetings.',

  'standards.engagement.title': 'Engagement in standards committees',
  'standards.engagement.lede':
    'Where the coalition’s members lead committees, where they take part, and where an economy of concern leads a committee no member takes part in. Only active committees count.',
  'standards.engagement.coalition': 'Coalition',
  'standards.engagement.adHoc': '{list} (not a saved coalition)',
  'standards.engagement.concernSummary': 'Economies of concern: {list}',
  'standards.engagement.concernSearch': 'Find an economy of concern',
  'standards.engagement.concernAdd': 'Add {name} as an economy of concern',
  'standards.engagement.concernRemove': 'Remove {name} from the economies of concern',
  'standards.engagement.concernNow': 'Economies of concern: {list}.',
  'standards.engagement.what': 'the engagement of {code}',
  'standards.engagement.error': 'The engagement of {code} could not be loaded',
  'standards.engagement.figures': 'Headline figures',
  'standards.engagement.active': 'Active committees',
  'standards.engagement.coalitionSecretariats': 'Secretariats held by {code}',
  'standards.engagement.concernSecretariats': 'Secretariats held by the economies of concern',
  'standards.engagement.coverage': 'Participation coverage',
  'standards.engagement.coverageOf':
    '{part} of {whole} active committees have a member taking part',
  'standards.engagement.uncontestedCount': 'Uncontested committees',
  'standards.engagement.overlap':
    'In the coalition and among the economies of concern at once (counted on both sides): {list}.',
  'standards.engagement.notInData': 'In no committee of the data (counted as zero): {list}.',
  'standards.engagement.membersNotListed':
    'The data lists only the secretariat of {count, plural, one {# committee} other {# committees}} ({list}): their coverage rests on the secretariat alone.',
  'standards.engagement.secretariatsTitle': 'Secretariats by economy',
  'standards.engagement.secretariatsCaption':
    'Secretariats of active committees held by each member and economy of concern, by committee type',
  'standards.engagement.total': 'Secretariats',

  'standards.side.title': 'Side',
  'standards.side.coalition': 'Coalition',
  'standards.side.concern': 'Economy of concern',

  'standards.chart.secretariats':
    'Secretariats of active committees: {code} and the economies of concern',
  'standards.chart.secretariatsAxis': 'Secretariats held',
  'standards.chart.trend':
    'Committees created each year, by who holds their secretariat today: {code} and the economies of concern',
  'standards.chart.trendAxis': 'Committees',

  'standards.byTag.title': 'Coverage by strategic area',
  'standards.byTag.lede':
    'Per area: its active committees, the secretariats members and economies of concern hold, the share with a member taking part, and the committees an economy of concern leads unopposed.',
  'standards.byTag.caption': '{count, plural, one {# strategic area} other {# strategic areas}}',
  'standards.byTag.tag': 'Area',
  'standards.byTag.active': 'Active committees',
  'standards.byTag.memberSecretariats': 'Member secretariats',
  'standards.byTag.concernSecretariats': 'Concern secretariats',
  'standards.byTag.coverage': 'Coverage',
  'standards.byTag.uncontested': 'Uncontested',
  'standards.byTag.withoutMember': 'Without a member secretariat',
  'standards.byTag.uncovered': 'no member leads',
  'standards.byTag.uncoveredList':
    'No member holds a secretariat in {count, plural, one {this area} other {these areas}}: {list}.',

  'standards.uncontested.title': 'Uncontested committees',
  'standards.uncontested.lede':
    'Active committees whose secretariat an economy of concern holds and in which no member of the coalition takes part.',
  'standards.uncontested.none': 'No committee is uncontested.',
  'standards.uncontested.caption':
    '{count, plural, one {# uncontested committee} other {# uncontested committees}}',

  'standards.matrix.title': 'Who covers which area',
  'standards.matrix.lede':
    'Each cell: the area’s active committees whose secretariat the member holds / those it takes part in. Areas marked ✗ have no member secretariat.',
  'standards.matrix.caption': 'Members × strategic areas: secretariats / committees taken part in',
  'standards.matrix.uncoveredMark': '✗',
  'standards.matrix.cellTitle':
    '{secretariats, plural, one {# secretariat} other {# secretariats}}, taking part in {participating}',

  'standards.trend.title': 'Who has been taking the new committees',
  'standards.trend.lede':
    'Active committees by the year they were created and who holds their secretariat today (a secretariat that moved counts for its current holder).',
  'standards.trend.what': 'the trend',
  'standards.trend.error': 'The trend could not be loaded',
  'standards.trend.description':
    'Line chart from {from} to {to}: {coalition} committees led by the coalition, {concern} by the economies of concern.',
  'standards.trend.table': 'The figures by year',
  'standards.trend.caption':
    'Active committees created each year, by who holds the secretariat ({undated, plural, =0 {every committee dated} one {# committee without a date left out} other {# committees without a date left out}})',
  'standards.trend.year': 'Year',
  'standards.trend.total': 'Created',

  'standards.changes.title': 'Snapshot changes and alerts',
  'standards.changes.lede':
    'Each import of a committee list is a snapshot; what changed since the previous one is recorded, and changes in strategic areas raise alerts for the standards workstream.',
  'standards.changes.what': 'the snapshots',
  'standards.changes.error': 'The snapshots could not be loaded',
  'standards.changes.of': 'Changes of snapshot #{id} ({body})',
  'standards.changes.noneInSnapshot': 'This snapshot changed nothing.',
  'standards.changes.caption':
    '{count, plural, one {# change} other {# changes}} in snapshot #{id}',
  'standards.changes.kind': 'Change',
  'standards.changes.committee': 'Committee',
  'standards.changes.economy': 'Economy',
  'standards.changes.beforeAfter': 'Before → after',

  'standards.snapshots.title': 'Imported snapshots',
  'standards.snapshots.none': 'No snapshot is imported yet.',
  'standards.snapshots.caption': '{count, plural, one {# snapshot} other {# snapshots}}',
  'standards.snapshots.id': 'Snapshot',
  'standards.snapshots.show': 'Show the changes of snapshot {id}',
  'standards.snapshots.imported': 'Imported',
  'standards.snapshots.date': 'Data date',
  'standards.snapshots.file': 'File',
  'standards.snapshots.format': 'Format',
  'standards.snapshots.committees': 'Committees',
  'standards.snapshots.members': 'Memberships',
  'standards.snapshots.changes': 'Changes',
  'standards.snapshots.alerts': 'Alerts',

  'standards.alerts.title': 'Alerts of the standards workstream',
  'standards.alerts.what': 'the alerts',
  'standards.alerts.error': 'The alerts could not be loaded',
  'standards.alerts.none': 'No alert has been raised.',
  'standards.alerts.caption':
    '{count, plural, one {# alert} other {# alerts}}, {open, plural, =0 {all acknowledged} one {# not acknowledged} other {# not acknowledged}}',
  'standards.alerts.created': 'Raised',
  'standards.alerts.subject': 'Committee',
  'standards.alerts.kind': 'Kind',
  'standards.alerts.message': 'What happened',
  'standards.alerts.snapshot': 'Snapshot',
  'standards.alerts.status': 'Acknowledged',
  'standards.alerts.text.concernSecretariat':
    '{economy} took the secretariat of {committee}, a committee in a strategic area ({tags})',
  'standards.alerts.text.memberLeft':
    '{economy} stopped participating in {committee}, a committee in a strategic area ({tags})',
  'standards.alerts.seen': 'Acknowledged {when}',
  'standards.alerts.seenByYou': 'Acknowledged by you {when}',
  'standards.alerts.unseen': 'not yet',
  'standards.alerts.acknowledge': 'Acknowledge',
  'standards.alerts.acknowledged': 'The alert on {subject} is acknowledged.',
  'standards.alerts.ackError': 'The alert could not be acknowledged',
} as const;
