// Loader hooks of test/module-log.js: every resolved module URL is appended to the log file.
import { appendFileSync } from 'node:fs';

let file = '';

export function initialize(data) {
  file = data;
}

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}
