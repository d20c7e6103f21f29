import type { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { createRootRouteWithContext, createRoute, createRouter, Outlet } from "@tanstack/react-router";
import { AccountPage } from "./account/account-page.tsx";
import { AdminLayout } from "./admin/admin-layout.tsx";
import { firstAdminTab } from "./admin/admin-tabs.ts";
import { OrganisationsPage } from "./admin/organisations-page.tsx";
import { PathwaysPage } from "./admin/pathways-page.tsx";
import { RolesPage } from "./admin/roles-page.tsx";
import { UsersPage } from "./admin/users-page.tsx";
import { AuditPage } from "./audit/audit-page.tsx";
import { CaseExchangePage } from "./cases/case-exchange-page.tsx";
import { CaseListPage } from "./cases/case-list-page.tsx";
import { validateCaseListSearch } from "./cases/case-list-search.ts";
import { CasePage } from "./cases/case-page.tsx";
import { isCaseTab, type CaseTab } from "./cases/case-tabs.ts";
import { CaseloadPage } from "./cases/caseload-page.tsx";
import { OpenCasePage } from "./cases/open-case-page.tsx";
import { ChangePasswordPage } from "./auth/change-password-page.tsx";
import { EnrolmentPage } from "./auth/enrolment-page.tsx";
import {
  leaveTo,
  requireActiveSession,
  requireNoSession,
  requireStage,
  type RedirectSearch,
} from "./auth/route-guards.ts";
import { RequirePermission } from "./auth/require-permission.tsx";
import { SecondFactorPage } from "./auth/second-factor-page.tsx";
import { SessionExpiryDialog } from "./auth/session-expiry-dialog.tsx";
import { IdentifyPage } from "./identify/identify-page.tsx";
import { ResultPage } from "./identify/result-page.tsx";
import { ScreeningPage } from "./identify/screening-page.tsx";
import { isStepKey, type StepKey } from "./identify/screening-steps.ts";
import { getSession } from "./auth/session-store.ts";
import type { SessionEndReason } from "./auth/session-store.ts";
import type { Permission } from "./api/vocabulary.ts";
import { ReferralInboxPage } from "./referrals/referral-inbox-page.tsx";
import { RetentionPage } from "./retention/retention-page.tsx";
import { validateReferralSearch } from "./referrals/referral-search.ts";
import { ServicesPage } from "./services/services-page.tsx";
import { BatchesPage } from "./online/batches-page.tsx";
import { NetworkListPage } from "./online/network-list-page.tsx";
import { validateNetworkListSearch } from "./online/network-list-search.ts";
import { NetworkPage } from "./online/network-page.tsx";
import { SignInPage } from "./auth/sign-in-page.tsx";
import { SetupPage } from "./setup/setup-page.tsx";
import { PublicStatisticsPage } from "./statistics/public-statistics-page.tsx";
import { DatasetPage } from "./statistics/dataset-page.tsx";
import { ReleasesPage } from "./statistics/releases-page.tsx";
import { StatisticsPage } from "./statistics/statistics-page.tsx";
import { validateStatisticsSearch } from "./statistics/statistics-search.ts";
import { AppLayout } from "./shell/app-layout.tsx";
import { ComingPage, type ComingPartKey } from "./shell/coming-page.tsx";
import { HomePage } from "./shell/home-page.tsx";
import { NotFoundPage } from "./shell/message-page.tsx";
import { partByKey } from "./shell/parts.ts";
import { PublicFrame } from "./shell/public-frame.tsx";
import { RouteErrorPage } from "./shell/route-error-page.tsx";

export interface RouterContext {
  queryClient: QueryClient;
}

// ---- Search parameters (validated: they come from whoever wrote the link) ------------------

function stringParam(search: Record<string, unknown>, key: string): string | undefined {
  const value = search[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function validateRedirectSearch(search: Record<string, unknown>): RedirectSearch {
  const target = stringParam(search, "redirect");
  return target === undefined ? {} : { redirect: target };
}

const END_REASONS: readonly SessionEndReason[] = ["expired", "signed-out", "signed-out-everywhere"];

interface SignInSearch extends RedirectSearch {
  reason?: SessionEndReason;
}

function validateSignInSearch(search: Record<string, unknown>): SignInSearch {
  const reason = END_REASONS.find((candidate) => candidate === search.reason);
  return { ...validateRedirectSearch(search), ...(reason === undefined ? {} : { reason }) };
}

function validateSetupSearch(search: Record<string, unknown>): { token?: string } {
  const token = stringParam(search, "token");
  return token === undefined ? {} : { token };
}

// ---- Root and public pages -------------------------------------------------------------------

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: () => (
    <>
      <Outlet />
      <SessionExpiryDialog />
    </>
  ),
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

const publicLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: "public",
  component: () => (
    <PublicFrame>
      <Outlet />
    </PublicFrame>
  ),
});

const setupRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: "setup",
  validateSearch: validateSetupSearch,
  component: function SetupRoute() {
    const { token } = setupRoute.useSearch();
    return <SetupPage token={token} />;
  },
});

const signInRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: "sign-in",
  validateSearch: validateSignInSearch,
  beforeLoad: ({ search }) => requireNoSession(search.redirect),
  component: function SignInRoute() {
    const { redirect: target, reason } = signInRoute.useSearch();
    return <SignInPage redirect={target} reason={reason} />;
  },
});

const secondFactorRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: "sign-in/second-factor",
  validateSearch: validateRedirectSearch,
  beforeLoad: ({ search }) => requireStage("mfa_challenge", search.redirect),
  component: function SecondFactorRoute() {
    return <SecondFactorPage redirect={secondFactorRoute.useSearch().redirect} />;
  },
});

const enrolRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: "sign-in/enrol",
  validateSearch: validateRedirectSearch,
  beforeLoad: ({ search }) => requireStage("mfa_enrolment", search.redirect),
  component: function EnrolRoute() {
    return <EnrolmentPage redirect={enrolRoute.useSearch().redirect} />;
  },
});

const changePasswordRoute = createRoute({
  getParentRoute: () => publicLayout,
  path: "change-password",
  validateSearch: validateRedirectSearch,
  beforeLoad: ({ search }) => requireStage("password_change", search.redirect),
  component: function ChangePasswordRoute() {
    return <ChangePasswordPage redirect={changePasswordRoute.useSearch().redirect} />;
  },
});

/** The public statistics: outside the app and without a session, in a frame of their own. */
const publicStatisticsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "public/statistics",
  component: PublicStatisticsPage,
});

// ---- The signed-in app ------------------------------------------------------------------------

/** A page that shows the 403 page to a session without one of the permissions. */
function guarded(anyOf: readonly Permission[], Page: () => ReactNode): () => ReactNode {
  return function GuardedPage() {
    return (
      <RequirePermission anyOf={anyOf}>
        <Page />
      </RequirePermission>
    );
  };
}

const appLayout = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: ({ location }) => requireActiveSession(location.href),
  component: AppLayout,
});

const homeRoute = createRoute({ getParentRoute: () => appLayout, path: "/", component: HomePage });

const accountRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "account",
  component: AccountPage,
});

function comingRoute(part: ComingPartKey) {
  return createRoute({
    getParentRoute: () => appLayout,
    path: part,
    component: guarded(partByKey(part).anyOf, () => <ComingPage part={part} />),
  });
}

const identifyRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "identify",
  component: guarded(partByKey("identify").anyOf, IdentifyPage),
});

function validateStepSearch(search: Record<string, unknown>): { step?: StepKey } {
  return isStepKey(search.step) ? { step: search.step } : {};
}

const screeningRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "identify/screenings/$id",
  validateSearch: validateStepSearch,
  component: guarded(["screening.create"], function ScreeningRoute() {
    const { id } = screeningRoute.useParams();
    const { step } = screeningRoute.useSearch();
    // Keyed by id: another screening is another draft, with its own state.
    return <ScreeningPage key={id} id={id} step={step} />;
  }),
});

const screeningResultRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "identify/screenings/$id/result",
  component: guarded(["screening.read"], function ScreeningResultRoute() {
    const { id } = screeningResultRoute.useParams();
    return <ResultPage key={id} id={id} />;
  }),
});

// ---- Protect: caseload, cases, referrals and the services directory ---------------------------

const caseloadRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "caseload",
  component: guarded(partByKey("caseload").anyOf, CaseloadPage),
});

const casesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "cases",
  validateSearch: validateCaseListSearch,
  component: guarded(partByKey("cases").anyOf, function CasesRoute() {
    const search = casesRoute.useSearch();
    const navigate = casesRoute.useNavigate();
    return (
      <CaseListPage
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
      />
    );
  }),
});

function validateOpenCaseSearch(search: Record<string, unknown>): { screeningId?: string } {
  const id = stringParam(search, "screeningId");
  return id !== undefined && /^[0-9a-f-]{36}$/i.test(id) ? { screeningId: id } : {};
}

const openCaseRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "cases/new",
  validateSearch: validateOpenCaseSearch,
  component: guarded(["case.write"], function OpenCaseRoute() {
    const { screeningId } = openCaseRoute.useSearch();
    return <OpenCasePage key={screeningId ?? "none"} screeningId={screeningId} />;
  }),
});

function validateCaseSearch(search: Record<string, unknown>): { tab?: CaseTab } {
  return isCaseTab(search.tab) ? { tab: search.tab } : {};
}

const caseRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "cases/$id",
  validateSearch: validateCaseSearch,
  component: guarded(["case.read"], function CaseRoute() {
    const { id } = caseRoute.useParams();
    const { tab } = caseRoute.useSearch();
    const navigate = caseRoute.useNavigate();
    return (
      <CasePage
        key={id}
        id={id}
        tab={tab}
        onTabChange={(next) => void navigate({ search: { tab: next }, replace: true })}
      />
    );
  }),
});

const caseExchangeRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "cases/exchange",
  component: guarded(["case.exchange"], CaseExchangePage),
});

const referralsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "referrals",
  validateSearch: validateReferralSearch,
  component: guarded(partByKey("referrals").anyOf, function ReferralsRoute() {
    const search = referralsRoute.useSearch();
    const navigate = referralsRoute.useNavigate();
    return <ReferralInboxPage search={search} onSearchChange={(next) => void navigate({ search: next })} />;
  }),
});

const servicesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "services",
  component: guarded(partByKey("services").anyOf, ServicesPage),
});

// ---- Know: statistics -------------------------------------------------------------------------

const statisticsRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "statistics",
  validateSearch: validateStatisticsSearch,
  component: guarded(partByKey("statistics").anyOf, function StatisticsRoute() {
    const search = statisticsRoute.useSearch();
    const navigate = statisticsRoute.useNavigate();
    return (
      <StatisticsPage
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
      />
    );
  }),
});

const statisticsReleasesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "statistics/releases",
  component: guarded(["stats.publish"], ReleasesPage),
});

const statisticsDatasetRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "statistics/datasets/$id",
  component: guarded(["stats.read"], function StatisticsDatasetRoute() {
    const { id } = statisticsDatasetRoute.useParams();
    return <DatasetPage key={id} id={id} />;
  }),
});

// ---- Disrupt: networks of online ads -----------------------------------------------------------

const onlineRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "online",
  validateSearch: validateNetworkListSearch,
  component: guarded(partByKey("online").anyOf, function OnlineRoute() {
    const search = onlineRoute.useSearch();
    const navigate = onlineRoute.useNavigate();
    return (
      <NetworkListPage
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
      />
    );
  }),
});

const networkRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "online/networks/$id",
  component: guarded(["online.read"], function NetworkRoute() {
    const { id } = networkRoute.useParams();
    return <NetworkPage key={id} id={id} />;
  }),
});

const adBatchesRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "online/batches",
  component: guarded(["online.ingest"], BatchesPage),
});

const adminRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "admin",
  component: guarded(partByKey("admin").anyOf, AdminLayout),
});

const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "/",
  beforeLoad: (): void => {
    const session = getSession();
    const tab = session === null ? undefined : firstAdminTab(session);
    if (tab !== undefined) leaveTo({ to: tab.path, replace: true });
  },
});

const adminOrganisationsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "organisations",
  component: guarded(["organisation.manage"], OrganisationsPage),
});

const adminUsersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "users",
  component: guarded(["user.manage"], UsersPage),
});

const adminPathwaysRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "pathways",
  component: guarded(["nrm.configure"], PathwaysPage),
});

const adminRetentionRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "retention",
  component: guarded(["retention.manage"], RetentionPage),
});

const adminRolesRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: "roles",
  component: guarded(["role.manage"], RolesPage),
});

const auditRoute = createRoute({
  getParentRoute: () => appLayout,
  path: "audit",
  component: guarded(partByKey("audit").anyOf, AuditPage),
});

const routeTree = rootRoute.addChildren([
  publicLayout.addChildren([setupRoute, signInRoute, secondFactorRoute, enrolRoute, changePasswordRoute]),
  publicStatisticsRoute,
  appLayout.addChildren([
    homeRoute,
    accountRoute,
    identifyRoute,
    screeningRoute,
    screeningResultRoute,
    caseloadRoute,
    casesRoute,
    openCaseRoute,
    caseExchangeRoute,
    caseRoute,
    referralsRoute,
    servicesRoute,
    onlineRoute,
    networkRoute,
    adBatchesRoute,
    statisticsRoute,
    statisticsReleasesRoute,
    statisticsDatasetRoute,
    comingRoute("prevent"),
    adminRoute.addChildren([
      adminIndexRoute,
      adminOrganisationsRoute,
      adminUsersRoute,
      adminRolesRoute,
      adminPathwaysRoute,
      adminRetentionRoute,
    ]),
    auditRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    defaultPreload: false,
    scrollRestoration: true,
  });
}

declare module "@tanstack/react-router" {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
