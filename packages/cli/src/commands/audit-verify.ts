import { say, withRuntime } from "./run.ts";

export function auditVerify(options: { json?: boolean }): Promise<void> {
  return withRuntime(async (runtime) => {
    const result = await runtime.services.audit.verify();
    if (options.json) {
      say(JSON.stringify(result, null, 2));
    } else if (result.ok) {
      say(`Audit chain intact: ${result.checked} entries checked.`);
      if (result.head)
        say(
          `Head: entry ${result.head.seq}, hash ${result.head.hash} (note it down to detect removal of the newest entries).`,
        );
    } else {
      say(`Audit chain BROKEN: ${result.problems.length} problem(s) in ${result.checked} entries.`);
      for (const p of result.problems) say(`  entry ${p.seq}: ${p.kind}: ${p.message}`);
    }
    return result.ok ? 0 : 1;
  });
}
