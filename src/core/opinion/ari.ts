// The adjusted Rand index (Hubert and Arabie 1985): agreement of two partitions of the same items,
// corrected for chance — 1 for identical partitions (whatever the labels), about 0 for unrelated.

/**
 * ARI of two labelings of the same items (`a[i]` and `b[i]` label item i). 1 when both put all
 * items in one cluster or each in its own (identical partitions); throws on lengths that differ.
 */
export function adjustedRandIndex(
  a: readonly (string | number)[],
  b: readonly (string | number)[],
): number {
  if (a.length !== b.length)
    throw new RangeError(`labelings differ in length: ${a.length} and ${b.length}`);
  const n = a.length;
  const pairs = (x: number): number => (x * (x - 1)) / 2;
  const cells = new Map<string, number>();
  const rows = new Map<string | number, number>();
  const cols = new Map<string | number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${typeof a[i]}:${a[i]}\u0000${typeof b[i]}:${b[i]}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  }
  let index = 0;
  for (const c of cells.values()) index += pairs(c);
  let sumA = 0;
  for (const c of rows.values()) sumA += pairs(c);
  let sumB = 0;
  for (const c of cols.values()) sumB += pairs(c);
  const total = pairs(n);
  const expected = total > 0 ? (sumA * sumB) / total : 0;
  const max = (sumA + sumB) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
