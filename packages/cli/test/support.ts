import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll } from "vitest";

/** Running the real `ariadne` command in a child process, as a user does. */
const run = promisify(execFile);
const BIN = new URL("../bin/ariadne.js", import.meta.url).pathname;
const folders: string[] = [];

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder (`<prefix>…` in the temporary directory), removed after the test file. */
export function tempFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/** Runs `ariadne <args>` with `env`; never throws, gives the exit code and both outputs. */
export async function runAriadne(args: string[], env: NodeJS.ProcessEnv, timeout: number) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env, timeout });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}
