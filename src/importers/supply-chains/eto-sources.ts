// The sources ETO provision rows cite: the dataset itself, and one source per citation text a
// row gives (TechInsights via CSET, SIA/WSTS, the 2021 CSET report …).
import { createHash } from 'node:crypto';
import type { Source } from '../../core/sources/source.ts';

const DATASET_URL = 'https://eto.tech/dataset-docs/chipexplorer';
const LICENCE = 'CC BY-NC 4.0 (non-commercial use only; attribute CSET/ETO)';
const PUBLISHER =
  'Center for Security and Emerging Technology (CSET) / Emerging Technology Observatory';

/** The dataset as a whole: cited by rows that give no citation of their own. */
export const etoDatasetSource = (code: string): Source => ({
  id: `eto-${code}`,
  citation:
    'CSET/ETO Advanced Semiconductor Supply Chain Dataset (Supply Chain Explorer), from CSET, “The Semiconductor Supply Chain: Assessing National Competitiveness” (January 2021) and later updates',
  publisher: PUBLISHER,
  licence: LICENCE,
  url: DATASET_URL,
  date: null,
  notes: 'Not redistributable for commercial use: never in the starter dataset; users import it.',
});

/**
 * Hands out source ids for citation texts: `eto-<code>-<8 hex of the text's SHA-1>`, stable
 * across re-imports of the same text, so re-running an import changes nothing.
 */
export class EtoSources {
  private readonly dataset: Source;
  private readonly byText = new Map<string, Source>();

  constructor(code: string) {
    this.dataset = etoDatasetSource(code);
  }

  idFor(citation: string | null): string {
    if (citation === null) return this.dataset.id;
    const known = this.byText.get(citation);
    if (known) return known.id;
    const hash = createHash('sha1').update(citation).digest('hex').slice(0, 8);
    const source: Source = {
      id: `${this.dataset.id}-${hash}`,
      citation,
      publisher: PUBLISHER,
      licence: LICENCE,
      url: /https?:\/\/[^\s)\]]+/.exec(citation)?.[0] ?? DATASET_URL,
      date: null,
      notes: `Citation given by provision rows of the ETO Supply Chain Explorer dataset (${DATASET_URL}).`,
    };
    this.byText.set(citation, source);
    return source.id;
  }

  /** The dataset source, then each citation in the order first met. */
  list(): Source[] {
    return [this.dataset, ...this.byText.values()];
  }
}
