import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll } from "vitest";

/** Running the real `ariadne` command in a child process, on a data folder of its own. */
const run = promisify(execFile);
const BIN = new URL("../bin/ariadne.js", import.meta.url).pathname;
const MASTER_KEY = randomBytes(32).toString("base64");
const folders: string[] = [];

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder, removed after the test file. */
export function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "ariadne-cli-"));
  folders.push(dir);
  return dir;
}

/** Runs `ariadne <args>` on the embedded database in `dir`; never throws, gives the exit code. */
export async function ariadne(dir: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], {
      env: {
        ...process.env,
        DATABASE_URL: "",
        ARIADNE_DATA_DIR: dir,
        ARIADNE_MASTER_KEY: MASTER_KEY,
        LOG_LEVEL: "silent",
        ...env,
      },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}
