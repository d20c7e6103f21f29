import { buildApp, loadConfig, openRuntime } from "@ariadne/server";

/** Prints the OpenAPI document from an in-memory instance: needs no data folder or key. */
export async function openapiCommand(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    ARIADNE_MASTER_KEY: Buffer.alloc(32).toString("base64"),
    LOG_LEVEL: "silent",
  });
  const runtime = await openRuntime(config, { target: { kind: "pglite-memory" } });
  try {
    const app = await buildApp(runtime, { logger: false });
    process.stdout.write(`${JSON.stringify(app.swagger(), null, 2)}\n`);
    await app.close();
  } finally {
    await runtime.close();
  }
}
