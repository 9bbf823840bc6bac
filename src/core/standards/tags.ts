// Strategic technology areas and the committees that work in them: the default map the storage
// seeds (the secretariat edits it afterwards), its schema, and which tags each committee carries
// (a tag on a committee covers its subcommittees). Every reference in the default map exists in
// ISO Open Data's committee list (spring 2026); why each one is there: docs/analytics/standards.md.
import { z } from 'zod';
import type { Committee, StandardsTag } from './committee.ts';

/** A tag's code: 2–40 lower-case letters, digits or hyphens. */
export const tagCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{2,40}$/, 'must be 2–40 lower-case letters, digits or hyphens');

/** A tag as JSON (a request body, the default map): at least one committee, none twice. */
export const tagSchema = z.strictObject({
  code: tagCodeSchema,
  label: z.string().trim().min(1, 'must not be empty').max(200),
  description: z.string().trim().max(2000).default(''),
  committees: z
    .array(z.string().trim().min(1, 'must not be empty').max(100))
    .min(1, 'name at least one committee')
    .max(500)
    .refine((refs) => new Set(refs).size === refs.length, 'names a committee twice'),
}) satisfies z.ZodType<StandardsTag, unknown>;

/**
 * The default map. A tag names the highest committee wholly in the area (an SC rather than its
 * TC when the TC is broader); a committee may carry several tags (ISO/TC 333 Lithium is both
 * `batteries` and `critical-minerals`).
 */
export const DEFAULT_STANDARDS_TAGS: StandardsTag[] = [
  {
    code: 'ai',
    label: 'Artificial intelligence',
    description: 'AI management systems, trustworthiness, data quality for analytics and ML.',
    committees: ['ISO/IEC JTC 1/SC 42'],
  },
  {
    code: 'cybersecurity',
    label: 'Cybersecurity',
    description:
      'Information security, cybersecurity and privacy protection (the ISO/IEC 27000 family) and privacy by design.',
    committees: ['ISO/IEC JTC 1/SC 27', 'ISO/IEC JTC 1/SC 44'],
  },
  {
    code: 'iot',
    label: 'Internet of things and digital twins',
    description: 'IoT reference architectures, interoperability and digital twins.',
    committees: ['ISO/IEC JTC 1/SC 41'],
  },
  {
    code: 'bci',
    label: 'Brain–computer interfaces',
    description: 'Brain–computer interfaces and neurotechnology.',
    committees: ['ISO/IEC JTC 1/SC 43'],
  },
  {
    code: 'quantum',
    label: 'Quantum technologies',
    description: 'Quantum computing, communication and sensing (the joint IEC/ISO committee).',
    committees: ['IEC/ISO JTC 3'],
  },
  {
    code: 'cloud',
    label: 'Cloud computing and distributed platforms',
    description: 'Cloud computing, data portability and distributed platforms.',
    committees: ['ISO/IEC JTC 1/SC 38'],
  },
  {
    code: 'data',
    label: 'Data management and interchange',
    description: 'Data management, metadata, databases and data interchange (SQL among them).',
    committees: ['ISO/IEC JTC 1/SC 32'],
  },
  {
    code: 'digital-identity',
    label: 'Digital identity and biometrics',
    description:
      'Biometrics, identification cards and security devices for personal identification.',
    committees: ['ISO/IEC JTC 1/SC 17', 'ISO/IEC JTC 1/SC 37'],
  },
  {
    code: 'telecommunications',
    label: 'Telecommunications',
    description:
      'Telecommunications and information exchange between systems (ISO/IEC side; mobile networks are 3GPP and ITU work).',
    committees: ['ISO/IEC JTC 1/SC 6'],
  },
  {
    code: 'batteries',
    label: 'Batteries',
    description:
      'Lithium for batteries and the traction batteries of electric vehicles (cells and batteries themselves are IEC work).',
    committees: ['ISO/TC 333', 'ISO/TC 22/SC 37'],
  },
  {
    code: 'hydrogen',
    label: 'Hydrogen',
    description: 'Hydrogen production, storage, fuelling and hydrogen at scale.',
    committees: ['ISO/TC 197'],
  },
  {
    code: 'nuclear',
    label: 'Nuclear energy',
    description: 'Nuclear energy, nuclear technologies and radiological protection.',
    committees: ['ISO/TC 85'],
  },
  {
    code: 'ccus',
    label: 'Carbon capture, use and storage',
    description: 'Carbon dioxide capture, transportation and geological storage.',
    committees: ['ISO/TC 265'],
  },
  {
    code: 'critical-minerals',
    label: 'Critical minerals',
    description: 'Rare earths, lithium, and copper, lead, zinc and nickel ores and concentrates.',
    committees: ['ISO/TC 298', 'ISO/TC 333', 'ISO/TC 183'],
  },
  {
    code: 'nanotechnologies',
    label: 'Nanotechnologies',
    description:
      'Nanotechnologies and nanomaterials (semiconductor devices themselves are IEC work, outside ISO Open Data).',
    committees: ['ISO/TC 229'],
  },
  {
    code: 'biotechnology',
    label: 'Biotechnology',
    description: 'Biotechnology, biobanking, genomics informatics and bio-digital convergence.',
    committees: ['ISO/TC 276', 'ISO/TC 215/SC 1', 'IEC/ISO JSyC BDC'],
  },
  {
    code: 'blockchain',
    label: 'Blockchain and distributed ledgers',
    description: 'Blockchain and distributed ledger technologies.',
    committees: ['ISO/TC 307'],
  },
  {
    code: 'additive-manufacturing',
    label: 'Additive manufacturing',
    description: 'Additive manufacturing (3D printing) processes, materials and testing.',
    committees: ['ISO/TC 261'],
  },
  {
    code: 'industrial-automation',
    label: 'Industrial automation',
    description: 'Automation systems and integration: industrial control, industrial data (STEP).',
    committees: ['ISO/TC 184'],
  },
  {
    code: 'robotics',
    label: 'Robotics',
    description: 'Industrial and service robots.',
    committees: ['ISO/TC 299'],
  },
  {
    code: 'connected-vehicles',
    label: 'Connected and automated vehicles',
    description:
      'In-vehicle data communication, electronics with functional safety and vehicle cybersecurity, and the testing of driving automation systems.',
    committees: ['ISO/TC 22/SC 31', 'ISO/TC 22/SC 32', 'ISO/TC 22/SC 33'],
  },
  {
    code: 'its',
    label: 'Intelligent transport systems',
    description:
      'Intelligent transport systems: traffic management, cooperative ITS, road tolling.',
    committees: ['ISO/TC 204'],
  },
  {
    code: 'space',
    label: 'Space',
    description: 'Space systems and operations, and space data and information transfer systems.',
    committees: ['ISO/TC 20/SC 13', 'ISO/TC 20/SC 14'],
  },
  {
    code: 'drones',
    label: 'Uncrewed aircraft',
    description: 'Uncrewed aircraft systems (drones).',
    committees: ['ISO/TC 20/SC 16'],
  },
  {
    code: 'smart-cities',
    label: 'Smart cities',
    description: 'Sustainable cities and communities, smart community infrastructures.',
    committees: ['ISO/TC 268', 'ISO/IEC JTC 4'],
  },
  {
    code: 'digital-product-passport',
    label: 'Digital product passport',
    description: 'The digital product passport: product data along supply chains.',
    committees: ['ISO/IEC JTC 5'],
  },
];

/**
 * The tags of every committee, in the order of `tags`: a committee carries a tag that names it
 * or any of its ancestors (through `parent`). Every committee of the list has an entry (an empty
 * list when it carries none).
 */
export function committeeTags(
  committees: readonly Committee[],
  tags: readonly StandardsTag[],
): Map<string, string[]> {
  const parentOf = new Map(committees.map((c) => [c.reference, c.parent]));
  const tagsNaming = new Map<string, string[]>();
  for (const t of tags)
    for (const ref of t.committees) tagsNaming.set(ref, [...(tagsNaming.get(ref) ?? []), t.code]);
  const out = new Map<string, string[]>();
  for (const c of committees) {
    const found = new Set<string>();
    const seen = new Set<string>();
    let ref: string | null = c.reference;
    while (ref !== null && !seen.has(ref)) {
      seen.add(ref);
      for (const code of tagsNaming.get(ref) ?? []) found.add(code);
      ref = parentOf.get(ref) ?? null;
    }
    out.set(
      c.reference,
      tags.map((t) => t.code).filter((code) => found.has(code)),
    );
  }
  return out;
}

/** The references a tag names that are not in the committee list (a warning for the map's editor). */
export function unknownTaggedCommittees(
  committees: readonly Committee[],
  tags: readonly StandardsTag[],
): { tag: string; reference: string }[] {
  const known = new Set(committees.map((c) => c.reference));
  return tags.flatMap((t) =>
    t.committees.filter((ref) => !known.has(ref)).map((reference) => ({ tag: t.code, reference })),
  );
}
