// The order committees are listed in: by reference, numbers compared as numbers, so that
// `ISO/TC 2` comes before `ISO/TC 10` and `ISO/TC 22/SC 3` before `ISO/TC 22/SC 31`.

const chunks = (ref: string): string[] => ref.match(/\d+|\D+/g) ?? [];

/** Compares two committee references, numbers as numbers (a total, deterministic order). */
export function compareReferences(a: string, b: string): number {
  const x = chunks(a);
  const y = chunks(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const digits = /^\d/.test(p) && /^\d/.test(q);
    if (digits && Number(p) !== Number(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  if (x.length !== y.length) return x.length - y.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
