// Terminal output for commands: aligned tables, human numbers, JSON.

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Prints rows as aligned columns under a header; numbers align right. */
export function printTable(headers: string[], rows: (string | number | null)[][]): void {
  const cells = rows.map((r) => r.map((c) => (c === null ? '—' : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const numeric = headers.map(
    (_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === null),
  );
  const line = (r: string[]): string =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  process.stdout.write(
    [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n',
  );
}

/** 27360935000000 → "27.36 trn"; small values keep up to 4 significant digits. */
export function humanNumber(n: number): string {
  const abs = Math.abs(n);
  const units: [number, string][] = [
    [1e12, ' trn'],
    [1e9, ' bn'],
    [1e6, ' mn'],
  ];
  for (const [v, s] of units) if (abs >= v) return `${(n / v).toFixed(2)}${s}`;
  if (abs >= 1000) return Math.round(n).toLocaleString('en-US');
  return String(Number(n.toPrecision(4)));
}
