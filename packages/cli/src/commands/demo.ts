import { DEMO_PASSWORD, SYSTEM_CONTEXT } from "@ariadne/server";
import { say, withRuntime } from "./run.ts";

export function demoCommand(): Promise<void> {
  return withRuntime(async (runtime) => {
    const summary = await runtime.database.db.transaction((tx) =>
      runtime.services.demo.loadInto(tx, SYSTEM_CONTEXT),
    );
    say(
      `Synthetic demo data loaded: ${summary.organisations} organisations, ${summary.users} users, ${summary.screenings} screenings, ${summary.services} services, ${summary.cases} cases, ${summary.referrals} referrals, ${summary.ads} online ads in ${summary.networks} networks.`,
    );
    say(
      `Demo users (e.g. caseworker@demo.ariadne.invalid) sign in with the password "${DEMO_PASSWORD}". Never load demo data into a production system.`,
    );
  });
}
