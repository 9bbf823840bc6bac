// How the command starts: which modules a command loads (the command modules, the services and
// Fastify only when needed), the declared commands against what the modules register, and the
// compiled CLI (scripts/build.js → dist/) giving the sources' answers. Child processes log the
// modules they load through test/module-log.js.
import { execFile, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTechalliance } from '../../test/run-cli.ts';
import {
  COMMAND_MODULES,
  createProgram,
  type CliDeps,
  type CommandModule,
  type WithServices,
} from './program.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const MODULE_LOG = join(REPO, 'test/module-log.js');
const run = promisify(execFile);

let dir: string;
let databaseUrl: string;
const saved = process.env.DATABASE_URL;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ta-startup-'));
  databaseUrl = `sqlite:${join(dir, 'cli.sqlite')}`;
  process.env.DATABASE_URL = databaseUrl;
  expect((await runTechalliance('migrate')).code).toBe(0);
});
afterAll(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
  rmSync(dir, { recursive: true, force: true });
});

interface Started {
  out: string;
  err: string;
  /** Every module the process loaded, as paths relative to `root` (or node:… / package names). */
  modules: string[];
}

/** Runs `bin` (the repository's, or a copy's) in a child process, logging the modules it loads. */
async function start(args: string[], opts: { root?: string; source?: boolean } = {}) {
  const root = opts.root ?? REPO;
  const log = join(dir, `modules-${Math.random().toString(36).slice(2)}.txt`);
  const r = await run(
    process.execPath,
    ['--import', MODULE_LOG, join(root, 'bin/techalliance.js'), ...args],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        MODULE_LOG: log,
        TECHALLIANCE_RUN: opts.source ? 'src' : '',
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const modules = [...new Set(readFileSync(log, 'utf8').split('\n').filter(Boolean))].map((url) => {
    if (!url.startsWith('file:')) return url;
    const path = relative(root, fileURLToPath(url));
    const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    return pkg ? `package:${pkg[1]}` : path;
  });
  return { out: r.stdout, err: r.stderr, modules } satisfies Started;
}

const commandModules = (s: Started): string[] =>
  s.modules.filter((m) => /(^|\/)cli\/commands\//.test(m));
const SERVER_STACK =
  /^(src|dist)\/(services|http|db|importers)\/|^package:(fastify|@fastify\/|kysely|better-sqlite3|pg$|piscina)/;

describe('a reader that stops early', () => {
  it('`… | head`: the command stops quietly when its output pipe closes', async () => {
    const child = spawn(
      process.execPath,
      [join(REPO, 'bin/techalliance.js'), 'standards', 'committees'],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    // Read the first chunk, then close the pipe as `head -1` does.
    await new Promise<void>((r) => child.stdout.once('data', () => r()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect({ code, err }).toEqual({ code: 0, err: '' });
  });
});

describe('what a command loads (sources through tsx)', () => {
  it('`techalliance --help` loads no command module, service or database/HTTP library', async () => {
    const s = await start(['--help'], { source: true });
    expect(s.out).toContain('Usage: techalliance [options] [command]');
    expect(s.out).toContain('economies                         Economies: list and show');
    expect(commandModules(s)).toEqual([]);
    expect(s.modules.filter((m) => SERVER_STACK.test(m))).toEqual([]);
    expect(s.modules).not.toContain('package:zod');
  });

  it("a subcommand's --help loads its own command module only", async () => {
    const s = await start(['economies', 'show', '--help'], { source: true });
    expect(s.out).toContain('Usage: techalliance economies show [options] <iso3>');
    expect(commandModules(s)).toEqual(['src/cli/commands/economies.command.ts']);
    expect(s.modules.filter((m) => SERVER_STACK.test(m))).toEqual([]);
  });

  it('`economies show JPN` opens the database but never loads Fastify or the HTTP routes', async () => {
    const s = await start(['economies', 'show', 'JPN', '--json'], { source: true });
    expect((JSON.parse(s.out) as { economy: { iso3: string } }).economy.iso3).toBe('JPN');
    expect(commandModules(s)).toEqual(['src/cli/commands/economies.command.ts']);
    expect(s.modules).toContain('package:better-sqlite3');
    expect(s.modules.filter((m) => /^src\/http\/|^package:(fastify|@fastify\/)/.test(m))).toEqual(
      [],
    );
  });
});

describe('the declared commands (program.ts COMMAND_MODULES)', () => {
  const deps: CliDeps = {
    config: () => Promise.reject(new Error('not used')),
    open: () => Promise.reject(new Error('not used')),
    serve: () => Promise.reject(new Error('not used')),
  };
  const withServices: WithServices = () => Promise.reject(new Error('not used'));
  const topLevel = async (load: (m: CommandModule) => boolean) => {
    const program = await createProgram(deps, withServices, load);
    const help = program.createHelp();
    return program.commands.map((c) => [help.subcommandTerm(c), c.description()]);
  };

  it('`techalliance --help` reads the same declared as with every module loaded', async () => {
    const declared = await createProgram(deps, withServices, () => false);
    const loaded = await createProgram(deps, withServices, () => true);
    expect(declared.helpInformation()).toBe(loaded.helpInformation());
  });

  it.each(COMMAND_MODULES.map((m) => [m.commands.map(([t]) => t.split(' ')[0]).join(', '), m]))(
    'the module of %s registers exactly the top-level commands declared for it',
    async (_names, m) => {
      // A mismatch: update the module's entry in COMMAND_MODULES (src/cli/program.ts).
      expect(await topLevel((x) => x === m)).toEqual(await topLevel(() => false));
    },
  );
});

describe('the compiled CLI (scripts/build.js)', () => {
  // A copy of the repository's layout: dist/ built fresh, bin/ and scripts/ copied, data/ and
  // node_modules/ linked; no src/, as in an install that ships only dist/.
  let root: string;
  beforeAll(async () => {
    root = join(dir, 'compiled');
    mkdirSync(join(root, 'bin'), { recursive: true });
    mkdirSync(join(root, 'scripts'));
    copyFileSync(join(REPO, 'package.json'), join(root, 'package.json'));
    copyFileSync(join(REPO, 'bin/techalliance.js'), join(root, 'bin/techalliance.js'));
    for (const f of ['build.js', 'dist-state.js'])
      copyFileSync(join(REPO, 'scripts', f), join(root, 'scripts', f));
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
    symlinkSync(join(REPO, 'data'), join(root, 'data'));
    await run(process.execPath, [
      join(REPO, 'scripts/build.js'),
      '--quiet',
      '--out',
      join(root, 'dist'),
    ]);
  }, 120_000);

  it('compiles every server and CLI module to the same place, with a stamp', () => {
    const sources = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? d === join(REPO, 'src') && e.name === 'web'
            ? []
            : sources(join(d, e.name))
          : /\.test(-support)?\.ts$/.test(e.name) || !e.name.endsWith('.ts')
            ? []
            : [relative(join(REPO, 'src'), join(d, e.name))],
      );
    const missing = sources(join(REPO, 'src')).filter(
      (f) => !existsSync(join(root, 'dist', f.replace(/\.ts$/, '.js'))),
    );
    expect(missing).toEqual([]);
    expect(existsSync(join(root, 'dist/cli/program.test.js'))).toBe(false);
    expect(existsSync(join(root, 'dist/build-stamp.json'))).toBe(true);
  });

  it('`economies show JPN --json` prints what the sources print, from dist/ only', async () => {
    const compiled = await start(['economies', 'show', 'JPN', '--json'], { root });
    const sources = await runTechalliance('economies', 'show', 'JPN', '--json');
    expect(sources.code).toBe(0);
    expect(compiled.out).toBe(sources.out);
    expect(compiled.modules.filter((m) => /\.ts$|^package:tsx/.test(m))).toEqual([]);
    expect(commandModules(compiled)).toEqual(['dist/cli/commands/economies.command.js']);
    // kysely and zod load as one bundled file each, never as their hundreds of modules; the
    // importers (needed only by imports and an empty database) are not loaded at all.
    expect(compiled.modules).toEqual(
      expect.arrayContaining(['dist/vendor/kysely.js', 'dist/vendor/zod.js']),
    );
    expect(compiled.modules.filter((m) => /^package:(kysely|zod)$/.test(m))).toEqual([]);
    expect(compiled.modules.filter((m) => m.startsWith('dist/importers/'))).toEqual([]);
  });

  it('`--help` prints what the sources print and loads no command module', async () => {
    const compiled = await start(['--help'], { root });
    expect(compiled.out).toBe((await runTechalliance('--help')).out);
    expect(commandModules(compiled)).toEqual([]);
  });

  it('finds the starter dataset from dist/ (migrate loads it into an empty database)', async () => {
    const r = await run(
      process.execPath,
      [join(root, 'bin/techalliance.js'), 'migrate', '--json'],
      { env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'fresh.sqlite')}` } },
    );
    expect((JSON.parse(r.stdout) as { starter: { economies: number } }).starter.economies).toBe(
      250,
    );
  });

  it('serves from dist/: the web build folder and the worker threads resolve beside it', async () => {
    const paths = await run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { WEB_DIR } = await import(${JSON.stringify(join(root, 'dist/http/app.js'))});
         const { workerModule } = await import(${JSON.stringify(join(root, 'dist/services/worker-pool.js'))});
         const w = workerModule();
         console.log(JSON.stringify({ web: WEB_DIR, worker: w.url.pathname, execArgv: w.execArgv ?? null }));`,
      ],
      { cwd: root },
    );
    const p = JSON.parse(paths.stdout) as { web: string; worker: string; execArgv: unknown };
    expect(p.web).toBe(join(root, 'dist/web'));
    expect(p.worker).toBe(join(root, 'dist/services/heavy-work.worker.js'));
    expect(existsSync(p.worker)).toBe(true);
    expect(p.execArgv).toBeNull();

    // The server itself, with one worker thread running a voting-power audit.
    const child = spawn(process.execPath, [join(root, 'bin/techalliance.js'), 'serve'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', WORKER_THREADS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = '';
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          const m = /is serving (http:\/\/\S+)/.exec(out);
          if (m) resolveUrl(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
      });
      const res = await fetch(`${url}/api/v1/power`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          rule: 'weighted',
          members: [
            { member: 'A', weight: 3 },
            { member: 'B', weight: 2 },
            { member: 'C', weight: 2 },
          ],
          quotaPct: 60,
        }),
      });
      expect(res.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
