import { fileURLToPath } from "node:url";
import { buildApp, loadConfig, openRuntime } from "@ariadne/server";

const DEFAULT_WEB_DIST = fileURLToPath(new URL("../../../web/dist", import.meta.url));
const SESSION_PURGE_MS = 5 * 60_000;
/** Retention runs once a day, and shortly after start so a server restarted daily still runs it. */
const RETENTION_MS = 24 * 60 * 60_000;
const RETENTION_FIRST_MS = 60_000;

/** Runs until SIGINT/SIGTERM; then stops taking requests, finishes those in flight and closes the database. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const runtime = await openRuntime(config);
  const app = await buildApp(runtime, { webDist: config.webDist ?? DEFAULT_WEB_DIST });
  await app.listen({ port: config.port, host: config.host });

  const where = runtime.database.kind === "pglite" ? `embedded database in ${config.dataDir}` : "PostgreSQL";
  process.stdout.write(`Ariadne is running at ${config.publicUrl} (${where}).\n`);
  if (runtime.masterKeyOrigin === "created") {
    process.stdout.write(
      `A new master key was written to ${config.masterKeyFile} (mode 0600). Back it up separately from the data.\n`,
    );
  }
  const setupToken = await runtime.services.setup.issueToken();
  if (setupToken) {
    process.stdout.write(
      `\nFirst run: create the first administrator with this one-time link:\n  ${config.publicUrl}/setup?token=${setupToken}\n\n`,
    );
  }

  const purge = setInterval(() => {
    runtime.services.auth
      .purgeExpiredSessions()
      .catch((error: unknown) => app.log.error({ err: error }, "session purge failed"));
  }, SESSION_PURGE_MS);
  purge.unref();

  const retain = () => {
    runtime.services.retention
      .run()
      .then((r) => app.log.info({ retention: r }, "retention job done"))
      .catch((error: unknown) => app.log.error({ err: error }, "retention job failed"));
  };
  const firstRetention = setTimeout(retain, RETENTION_FIRST_MS);
  firstRetention.unref();
  const retention = setInterval(retain, RETENTION_MS);
  retention.unref();

  // Disrupt, daily as well: purge the raw text of online ads past their organisation's retention.
  const purgeAdText = () => {
    runtime.services.online
      .runDaily()
      .then((r) => app.log.info({ online: r }, "online ads upkeep done"))
      .catch((error: unknown) => app.log.error({ err: error }, "online ads upkeep failed"));
  };
  const firstAdTextPurge = setTimeout(purgeAdText, RETENTION_FIRST_MS * 2);
  firstAdTextPurge.unref();
  const adTextPurge = setInterval(purgeAdText, RETENTION_MS);
  adTextPurge.unref();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "stopping");
    clearInterval(purge);
    clearTimeout(firstRetention);
    clearInterval(retention);
    clearTimeout(firstAdTextPurge);
    clearInterval(adTextPurge);
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}
