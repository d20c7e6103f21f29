import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url).pathname;

export interface RunningServer {
  readonly url: string;
  readonly dataDir: string;
  readonly setupToken: string | undefined;
  readonly env: Record<string, string>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Starts `ariadne serve` as a real process on a fresh embedded database; resolves when ready. */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "ariadne-e2e-"));
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PORT: String(port),
    HOST: "127.0.0.1",
    ARIADNE_DATA_DIR: dataDir,
    ARIADNE_PUBLIC_URL: url,
    ARIADNE_MASTER_KEY: randomBytes(32).toString("base64"),
    LOG_LEVEL: "warn",
    ARIADNE_AUTH_RATE_LIMIT: "1000",
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, "packages/cli/bin/ariadne.js"), "serve"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not become ready in 60 s:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/api/ready`);
      if (res.ok && output.includes("Ariadne is running")) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  // The setup link is printed right after the "running" line.
  await new Promise((r) => setTimeout(r, 300));
  const setupToken = /setup\?token=([A-Za-z0-9_-]+)/.exec(output)?.[1];

  return {
    url,
    dataDir,
    setupToken,
    env,
    stop: async () => {
      const running = () => child.exitCode === null && child.signalCode === null;
      if (running()) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (running()) child.kill("SIGKILL");
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
