import { loadConfig, openRuntime, type Runtime } from "@ariadne/server";

/**
 * Opens the runtime from the environment, runs `work`, closes. `work` may return an exit
 * code; errors print one line and exit 1.
 */
export async function withRuntime(work: (runtime: Runtime) => Promise<unknown>): Promise<void> {
  let runtime: Runtime | undefined;
  try {
    runtime = await openRuntime(loadConfig());
    const code = await work(runtime);
    process.exitCode = typeof code === "number" ? code : 0;
  } catch (error) {
    process.stderr.write(`ariadne: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await runtime?.close();
  }
}

export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}
