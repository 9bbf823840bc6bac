#!/usr/bin/env node
// `npm test`: builds the web UI and dist/ (the tests serve and run them), then runs Vitest while
// the static checks (Prettier, ESLint, tsc) run beside it at a lower CPU priority. On a machine
// the tests keep busy this takes about as long as running the checks first (~3 minutes of CPU
// either way), but one run reports every failure: a format error no longer hides the test
// results. Each check's output is printed as one block when it ends; the command fails when the
// tests or any check fail, naming which.
//
//   node scripts/check.js [vitest arguments…]
import { spawn, spawnSync } from 'node:child_process';
import { setPriority } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

/** The static checks: the scripts of package.json that `npm test` has always run. */
const CHECKS = [
  { name: 'format (prettier --check .)', command: bin('prettier'), args: ['--check', '.'] },
  { name: 'lint (eslint .)', command: bin('eslint'), args: ['.'] },
  { name: 'typecheck (tsc --noEmit)', command: bin('tsc'), args: ['--noEmit'] },
];
/** Niceness of the static checks (0 normal, 19 lowest): the tests come first. */
const NICE = 10;

const say = (line) => process.stdout.write(`check: ${line}\n`);

/** Runs a build step in the foreground; stops the whole command when it fails. */
function build(name, command, args) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    say(`${name} failed (${r.error ? r.error.message : `exit ${r.status ?? r.signal}`})`);
    process.exit(r.status ?? 1);
  }
}

/** Starts a static check with its output kept; resolves with its exit status once printed. */
function startCheck({ name, command, args }) {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      setPriority(child.pid, NICE);
    } catch {
      // Not permitted here: the check runs at normal priority.
    }
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    child.on('error', (e) => {
      output.push(Buffer.from(`${e.message}\n`));
    });
    child.on('close', (code, signal) => {
      const status = code ?? (signal ? 1 : 0);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const text = Buffer.concat(output).toString('utf8').trimEnd();
      process.stdout.write(
        `\n---- ${name}: ${status === 0 ? 'passed' : `FAILED (exit ${status})`} in ${seconds} s ----\n` +
          (status === 0 || text === '' ? '' : `${text}\n`) +
          '----\n',
      );
      done({ name, status });
    });
  });
}

build('web build (vite build)', bin('vite'), ['build', '--logLevel', 'warn']);
build('build (scripts/build.js)', process.execPath, [resolve(root, 'scripts/build.js'), '--quiet']);

const checks = CHECKS.map(startCheck);
const testStatus = await new Promise((done) => {
  const vitest = spawn(bin('vitest'), ['run', ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  vitest.on('error', (e) => {
    say(`vitest could not start: ${e.message}`);
    done(1);
  });
  vitest.on('close', (code, signal) => done(code ?? (signal ? `signal ${signal}` : 0)));
});
const results = await Promise.all(checks);
const failed = results.filter((r) => r.status !== 0).map((r) => r.name);
if (testStatus !== 0) failed.push(`tests (vitest run, exit ${testStatus})`);
if (failed.length > 0) {
  say(`FAILED: ${failed.join('; ')}`);
  process.exit(1);
}
say('format, lint, typecheck and tests passed');
