import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
/** The `ariadne` command, run from TypeScript sources as in development. */
export const CLI = fileURLToPath(new URL("../../../cli/bin/ariadne.js", import.meta.url));

const live = new Set<ChildProcess>();

/** Kills every child process still running (for afterAll: no test leaves one behind). */
export function killAllChildren(): void {
  for (const child of live) child.kill("SIGKILL");
  live.clear();
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Only what the child needs: nothing of the test runner's own environment leaks into it. */
export function childEnvironment(env: Record<string, string>): Record<string, string> {
  const base: Record<string, string> = {};
  for (const name of ["PATH", "HOME", "TMPDIR", "LANG"]) {
    const value = process.env[name];
    if (value !== undefined) base[name] = value;
  }
  return { ...base, ...env };
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** `ariadne serve` in a child process, with its output kept for waiting and for error messages. */
export class ServerProcess {
  private output = "";
  private errors = "";
  readonly exited: Promise<Exit>;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    live.add(child);
    child.stdout?.on("data", (chunk: Buffer) => (this.output += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (this.errors += chunk.toString("utf8")));
    this.exited = new Promise((resolve) =>
      child.once("exit", (code, signal) => {
        live.delete(child);
        resolve({ code, signal });
      }),
    );
  }

  /** Starts the server and waits until it listens. */
  static async start(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [CLI, "serve"], {
      cwd: REPO_ROOT,
      env: childEnvironment({ ...env, PORT: String(port), HOST: "127.0.0.1" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    const server = new ServerProcess(child, port);
    await server.waitForOutput(/Ariadne is running at /, timeoutMs);
    return server;
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error("the server process has no pid");
    return this.child.pid;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The one-time setup token from the first-run link the server prints. */
  async setupToken(timeoutMs = 10_000): Promise<string> {
    const match = await this.waitForOutput(/\/setup\?token=(\S+)/, timeoutMs);
    const token = match[1];
    if (!token) throw new Error("no setup token in the server's output");
    return token;
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(this.output);
        if (match) {
          done();
          resolve(match);
        }
      };
      const fail = (why: string) => {
        done();
        reject(
          new Error(
            `${why} waiting for ${String(pattern)}\nstdout:\n${this.output}\nstderr:\n${this.errors}`,
          ),
        );
      };
      const onExit = () => fail("the server exited");
      const timer = setTimeout(() => fail(`timed out after ${timeoutMs} ms`), timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.child.stdout?.off("data", check);
        this.child.off("exit", onExit);
      };
      this.child.stdout?.on("data", check);
      this.child.once("exit", onExit);
      check();
    });
  }
}

/** Runs a Node script to completion in a clean environment (killed after `timeoutMs`). */
export function runNode(
  script: string,
  args: readonly string[],
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: REPO_ROOT,
      env: childEnvironment(env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    live.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `${script} ${args.join(" ")} timed out after ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`,
        ),
      );
    }, timeoutMs);
    child.once("error", reject);
    child.once("exit", (code) => {
      clearTimeout(timer);
      live.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs `ariadne <args>` to completion. */
export function runCli(args: readonly string[], env: Record<string, string>, timeoutMs = 60_000) {
  return runNode(CLI, args, env, timeoutMs);
}
