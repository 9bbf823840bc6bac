// Canonical JSON: one exact text for one value, so a hash of it can be recomputed by anyone.
// Object keys sorted by UTF-16 code units, no whitespace, strings and numbers written as
// JSON.stringify writes them — for the values accepted here that is RFC 8785 (JCS).

/**
 * The canonical JSON text of `value`: plain objects (keys sorted), arrays, strings, finite numbers,
 * booleans and null. Throws a TypeError naming the path (`$.votes[2].weight`) of anything else:
 * undefined, NaN, ±Infinity, functions, symbols, bigints, class instances (a Date, a Map: turn them
 * into strings or plain objects first), and cycles.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}

const KEY_PATH = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function write(value: unknown, path: string, open: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value))
        throw new TypeError(`canonical JSON: ${path} is ${String(value)} (not a finite number)`);
      // JSON.stringify writes -0 as 0 and every other double in its shortest round-trip form.
      return JSON.stringify(value);
    case 'undefined':
    case 'function':
    case 'symbol':
    case 'bigint':
      throw new TypeError(`canonical JSON: ${path} is ${typeof value} (not JSON)`);
    case 'object':
      break;
  }
  const obj = value;
  if (open.has(obj)) throw new TypeError(`canonical JSON: ${path} refers back to itself (a cycle)`);
  open.add(obj);
  try {
    if (Array.isArray(obj)) {
      const items: string[] = [];
      for (let i = 0; i < obj.length; i++)
        items.push(write((obj as unknown[])[i], `${path}[${i}]`, open));
      return `[${items.join(',')}]`;
    }
    const proto = Object.getPrototypeOf(obj) as unknown;
    if (proto !== Object.prototype && proto !== null)
      throw new TypeError(
        `canonical JSON: ${path} is a ${obj.constructor?.name ?? 'non-plain object'} (only plain objects)`,
      );
    const record = obj as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .map((k) => {
        const at = KEY_PATH.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`;
        return `${JSON.stringify(k)}:${write(record[k], at, open)}`;
      });
    return `{${members.join(',')}}`;
  } finally {
    open.delete(obj);
  }
}
