// Runs the `techalliance` program in-process with its output captured (CLI tests).
import { runCli } from '../src/main.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI with the given arguments; stdout and stderr are captured, exit code returned. */
export async function runTechalliance(...args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const o = process.stdout.write.bind(process.stdout);
  const e = process.stderr.write.bind(process.stderr);
  process.stdout.write = (s: string) => ((out += s), true);
  process.stderr.write = (s: string) => ((err += s), true);
  const previousExit = process.exitCode;
  process.exitCode = undefined;
  try {
    const code = await runCli(['node', 'techalliance', ...args]);
    return { code, out, err };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
    process.exitCode = previousExit;
  }
}
