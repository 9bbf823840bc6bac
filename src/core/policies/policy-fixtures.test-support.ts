// Records of the policy registry for the core's tests: a complete record with what a test changes.
import type { PolicyInstrument, PolicyTopic } from './instrument.ts';

export function instrument(over: Partial<PolicyInstrument> & { id: string }): PolicyInstrument {
  return {
    source: 'manual',
    sourceId: null,
    title: over.id,
    originalTitle: null,
    description: '',
    jurisdiction: 'DEU',
    jurisdictionKind: 'economy',
    type: 'strategy',
    typeModelCoded: false,
    binding: null,
    bindingModelCoded: false,
    status: 'adopted',
    dates: {},
    year: 2020,
    endYear: null,
    topics: [],
    sourceTags: [],
    responsibleBody: '',
    links: [],
    citation: '',
    confidentiality: 'public',
    authorDelegation: null,
    ...over,
  };
}

const topic = (code: string, parent: string | null): PolicyTopic => ({
  code,
  label: code,
  parent,
  description: '',
  mappings: { stip: [], agora: [], oecdAi: [] },
});

/** A small tree: ai (safety, governance (audits)), export-controls. */
export const TOPICS: PolicyTopic[] = [
  topic('ai', null),
  topic('ai.safety', 'ai'),
  topic('ai.governance', 'ai'),
  topic('ai.governance.audits', 'ai.governance'),
  topic('export-controls', null),
];
