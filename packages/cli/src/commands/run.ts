import { loadConfig, openRuntime, type Runtime } from "@ariadne/server";

/** Opens the runtime from the environment, runs `work`, closes, and turns errors into exit code 1. */
export async function withRuntime(work: (runtime: Runtime) => Promise<number | void>): Promise<void> {
  let runtime: Runtime | undefined;
  try {
    runtime = await openRuntime(loadConfig());
    const code = await work(runtime);
    process.exitCode = code ?? 0;
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
