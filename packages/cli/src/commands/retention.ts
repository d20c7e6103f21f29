import { say, withRuntime } from "./run.ts";

/** `ariadne retention run`: the daily retention job, now (for cron or a one-off check). */
export function retentionRun(options: { dryRun?: boolean }): Promise<void> {
  return withRuntime(async ({ services }) => {
    const result = await services.retention.run({ dryRun: options.dryRun === true });
    const verb = options.dryRun ? "would be" : "were";
    say(
      `${result.erased} closed cases ${verb} erased, ${result.anonymised} ${verb} anonymised; ${result.held} under legal hold were kept.`,
    );
  });
}
