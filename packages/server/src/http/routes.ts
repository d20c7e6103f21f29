import type { FastifyInstance } from "fastify";
import type { Runtime } from "../runtime.ts";
import { auditRoutes } from "../audit/audit-routes.ts";
import { authRoutes } from "../auth/auth-routes.ts";
import { caseExchangeRoutes } from "../cases/case-exchange-routes.ts";
import { caseRoutes } from "../cases/case-routes.ts";
import { retentionRoutes } from "../cases/retention-routes.ts";
import { demoRoutes } from "../demo/demo-routes.ts";
import { onlineRoutes } from "../online/online-routes.ts";
import { organisationRoutes } from "../organisations/organisation-routes.ts";
import { referralRoutes } from "../referrals/referral-routes.ts";
import { roleRoutes } from "../roles/role-routes.ts";
import { screeningRoutes } from "../screenings/screening-routes.ts";
import { setupRoutes } from "../setup/setup-routes.ts";
import { statsRoutes } from "../stats/stats-routes.ts";
import { userRoutes } from "../users/user-routes.ts";
import { healthRoutes } from "./health-routes.ts";

/** Every area's routes, under /api. */
export async function registerRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  const { services } = runtime;
  await app.register(
    async (api) => {
      await api.register(healthRoutes, { runtime });
      await api.register(setupRoutes, { services, config: runtime.config });
      await api.register(authRoutes, { services, config: runtime.config });
      await api.register(organisationRoutes, { services });
      await api.register(userRoutes, { services });
      await api.register(roleRoutes, { services });
      await api.register(auditRoutes, { services });
      await api.register(screeningRoutes, { services });
      await api.register(caseRoutes, { services });
      await api.register(caseExchangeRoutes, { services });
      await api.register(referralRoutes, { services });
      await api.register(retentionRoutes, { services });
      await api.register(statsRoutes, { services });
      await api.register(onlineRoutes, { services });
      await api.register(demoRoutes, { services });
    },
    { prefix: "/api" },
  );
}
