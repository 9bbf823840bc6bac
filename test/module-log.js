// Preload for child processes (`node --import ./test/module-log.js …`): appends the URL of every
// module Node loads, one a line, to the file MODULE_LOG names. Tests use it to see which modules
// a command loaded (src/cli/cli-startup.test.ts).
import { register } from 'node:module';

if (process.env.MODULE_LOG)
  register('./module-log.hooks.js', import.meta.url, { data: process.env.MODULE_LOG });
