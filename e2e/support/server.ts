import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ServerProcess } from "../../packages/server/test/support/server-process.ts";

export interface RunningServer {
  readonly url: string;
  readonly setupToken: string;
  stop(): Promise<void>;
}

/** Starts `ariadne serve` as a real process on a fresh embedded database, serving the built web app. */
export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "ariadne-e2e-"));
  const server = await ServerProcess.start({
    ARIADNE_DATA_DIR: dataDir,
    ARIADNE_MASTER_KEY: randomBytes(32).toString("base64"),
    LOG_LEVEL: "warn",
    ARIADNE_AUTH_RATE_LIMIT: "1000",
  });
  const setupToken = await server.setupToken();
  return {
    url: server.url,
    setupToken,
    stop: async () => {
      server.kill("SIGTERM");
      const stopped = await Promise.race([
        server.exited,
        new Promise((r) => setTimeout(() => r(null), 10_000)),
      ]);
      if (stopped === null) server.kill("SIGKILL");
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
