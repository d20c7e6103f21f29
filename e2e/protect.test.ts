import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiSession } from "./support/api.ts";
import { expectAccessible, launchBrowser, screenshot, settled } from "./support/browser.ts";
import { startServer, type RunningServer } from "./support/server.ts";
import { freshTotp } from "./support/totp.ts";

/**
 * Protect's "done when": a case worker opens a case from a completed screening through the
 * search before create (which finds a record of the same person at a shelter and names only
 * whom to call), records consent, and refers the case to the shelter sharing identity and
 * victim context only. The shelter's case worker accepts in the inbox, at phone width, and
 * sees exactly those parts; the API refuses them the history and any change and leaves out
 * the contact fields; the audit log holds the referral, the acceptance and both
 * organisations' reads. Every page passes an axe check. Synthetic people only.
 */
const WORKER = {
  email: "carla.case@example.org",
  name: "Carla Case-Example",
  password: "a case worker passphrase",
};
const SHELTER_WORKER = {
  email: "sami.shelter@example.org",
  name: "Sami Shelter-Example",
  password: "a shelter worker passphrase",
};
const ADMIN = { email: "ada.admin@example.org", password: "an administrator passphrase" };
const SHELTER = "Safe Harbour Shelter";
const SHELTER_PHONE = "+40 21 000 0000";
const PERSON = { first: "Ioana", family: "Popescu", birth: "1998-04-12", phone: "+40 700 000 123" };

interface Enrolled {
  api: ApiSession;
  secret: string;
  enrolledAt: number;
}

describe("a case worker opens a case from a screening and refers it to a shelter", () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: ApiSession;
  let adminSecret = "";
  let adminEnrolledAt = 0;
  let worker: Enrolled;
  let shelterWorker: Enrolled;
  let screeningId = "";
  let caseId = "";
  let desktop: BrowserContext;
  let page: Page;

  async function createEnrolledUser(
    person: typeof WORKER,
    organisationId: string,
    roleId: string,
  ): Promise<Enrolled> {
    await admin.call("POST", "/api/users", {
      email: person.email,
      fullName: person.name,
      organisationId,
      roleId,
      password: "an initial handover passphrase",
    });
    const api = new ApiSession(server.url);
    await api.call("POST", "/api/auth/login", {
      email: person.email,
      password: "an initial handover passphrase",
    });
    await api.call("POST", "/api/auth/password", {
      currentPassword: "an initial handover passphrase",
      newPassword: person.password,
    });
    const secret = await api.enrol();
    return { api, secret, enrolledAt: Date.now() };
  }

  async function signIn(
    p: Page,
    who: { email: string; password: string },
    enrolled: Pick<Enrolled, "secret" | "enrolledAt">,
  ): Promise<void> {
    await p.getByRole("heading", { name: "Sign in to Ariadne" }).waitFor();
    await p.getByLabel("E-mail address", { exact: true }).fill(who.email);
    await p.getByLabel("Password", { exact: true }).fill(who.password);
    await p.getByRole("button", { name: "Sign in" }).click();
    await p
      .getByLabel("Authentication code", { exact: true })
      .fill(await freshTotp(enrolled.secret, enrolled.enrolledAt));
    await p.getByRole("button", { name: "Confirm" }).click();
  }

  /** Ticks a checkbox or radio by its label, as the keyboard would (sticky bars may cover its centre). */
  async function tick(scope: Page | ReturnType<Page["getByRole"]>, label: string): Promise<void> {
    const box = scope.getByLabel(label, { exact: true });
    await expect
      .poll(async () => {
        if (!(await box.isChecked())) await box.evaluate((el) => (el as HTMLInputElement).click());
        return box.isChecked();
      })
      .toBe(true);
  }

  const noSidewaysScroll = (p: Page) =>
    p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  beforeAll(async () => {
    server = await startServer();
    admin = new ApiSession(server.url);
    await admin.call("POST", "/api/setup", {
      token: server.setupToken,
      organisation: {
        org_Name: "Harbour Coordination Office",
        org_Type: "CentralGovernmentOrganisation",
        org_ShippingCountry: "RO",
      },
      administrator: {
        fullName: "Ada Admin-Example",
        email: "ada.admin@example.org",
        password: "an administrator passphrase",
      },
      loadDemoData: false,
    });
    adminSecret = await admin.enrol();
    adminEnrolledAt = Date.now();
    const session = await admin.call<{ user: { organisationId: string } }>("GET", "/api/auth/session");
    const shelter = await admin.call<{ id: string }>("POST", "/api/organisations", {
      org_Name: SHELTER,
      org_Type: "NGO",
      org_ShippingCountry: "RO",
      org_Phone: SHELTER_PHONE,
    });
    await admin.call("POST", "/api/services", {
      organisationId: shelter.id,
      serviceType: "shelter",
      languages: ["ro", "en"],
      groupsServed: ["women", "children"],
      capacity: 12,
      region: "Bucharest",
      description: "Protected shelter for women and children",
    });
    const roles = await admin.call<{ items: { id: string; key: string }[] }>("GET", "/api/roles");
    const caseWorkerRole = roles.items.find((r) => r.key === "case_worker")?.id ?? "";
    worker = await createEnrolledUser(WORKER, session.user.organisationId, caseWorkerRole);
    shelterWorker = await createEnrolledUser(SHELTER_WORKER, shelter.id, caseWorkerRole);

    // The shelter already holds a record of the same person (the search before create must find it).
    await shelterWorker.api.call("POST", "/api/cases", {
      person: { prs_FirstName: PERSON.first, prs_SecondName: PERSON.family, prs_Birthdate: PERSON.birth },
    });

    // A screening the case worker completed (Identify's own browser test covers the flow).
    let screening = await worker.api.call<{ id: string; version: number }>("POST", "/api/screenings", {
      screenerRole: "social_work",
      language: "en",
    });
    screening = await worker.api.call("PATCH", `/api/screenings/${screening.id}`, {
      version: screening.version,
      safety: { dangerNow: "no", urgentMedical: "no", possiblyChild: "no", interpreterNeeded: "no" },
      exploitation: "sexual",
    });
    screening = await worker.api.call("PATCH", `/api/screenings/${screening.id}`, {
      version: screening.version,
      answers: { "d1.nature_of_job": "present", "d4.excessive_working_hours": "present" },
    });
    await worker.api.call("POST", `/api/screenings/${screening.id}/complete`, { version: screening.version });
    screeningId = screening.id;

    browser = await launchBrowser();
    desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await desktop.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it("opens a case from the screening result, after the search before create", async () => {
    await page.goto(`${server.url}/identify/screenings/${screeningId}/result`);
    await signIn(page, WORKER, worker);
    await page.getByTestId("open-case-from-screening").click();
    await page.getByRole("heading", { name: "Open a case" }).waitFor();
    await page.getByTestId("linked-screening").getByText("Linked to the screening").waitFor();

    await page.getByLabel("First name", { exact: true }).fill(PERSON.first);
    await page.getByLabel("Family name", { exact: true }).fill(PERSON.family);
    await page.getByLabel("Date of birth", { exact: true }).fill(PERSON.birth);
    await page.getByLabel("Mobile phone", { exact: true }).fill(PERSON.phone);
    await page.getByLabel("E-mail", { exact: true }).fill("ioana.example@example.invalid");
    await page.getByRole("combobox", { name: "Forms of exploitation" }).click();
    await page.getByRole("option", { name: "Sexual exploitation", exact: true }).click();
    await page.keyboard.press("Escape");
    await tick(page, "Record the person’s consent now");
    await tick(page, "Referral to other organisations");
    await expectAccessible(page, "open a case");

    await page.getByTestId("submit-open-case").click();
    const matches = page.getByTestId("case-matches");
    await matches.waitFor();
    // Another organisation's case: only whom to contact, never its reference.
    await expect
      .poll(() => matches.getByTestId("match-elsewhere").innerText())
      .toBe(`A record exists at ${SHELTER}. Contact them to coordinate: ${SHELTER_PHONE}.`);
    expect(await matches.innerText()).not.toMatch(/C-\d{4}-/);
    await expectAccessible(page, "search before create matches");
    await screenshot(page, "protect-open-case-matches");

    await tick(page, "This is a different person: open a new case");
    await page.getByTestId("submit-open-case").click();
    await page.getByRole("heading", { name: /^Case C-\d{4}-[0-9A-F]{6}$/ }).waitFor();
    caseId = /\/cases\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
    expect(caseId).not.toBe("");
    await expectAccessible(page, "case page");

    const opened = await worker.api.call<{ screeningId: string; consents: { purposes: string[] }[] }>(
      "GET",
      `/api/cases/${caseId}`,
    );
    expect(opened.screeningId).toBe(screeningId);
    expect(opened.consents[0]?.purposes).toEqual(["case_management", "referral"]);
  });

  it("shows the consent and records events on the timeline and the map", async () => {
    await page.getByRole("tab", { name: "Consent" }).click();
    await page.getByTestId("referral-consent").waitFor();
    await expectAccessible(page, "consent tab");

    await worker.api.call("POST", `/api/cases/${caseId}/events`, {
      hte_Type: "Recruitment",
      hte_Date: "2024-09-02",
      hte_City: "Chișinău",
      hte_Country: "MD",
      hte_Latitude: 47.01,
      hte_Longitude: 28.86,
    });
    await page.reload();
    await page.getByRole("tab", { name: "Events" }).click();
    await page.getByRole("button", { name: "Add an event" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox", { name: "Type of event" }).click();
    await page.getByRole("option", { name: "Exploitation", exact: true }).click();
    await dialog.getByLabel("Date", { exact: true }).fill("2024-10-15");
    await dialog.getByLabel("City", { exact: true }).fill("Bucharest");
    await dialog.getByLabel("Latitude", { exact: true }).fill("44.43");
    await dialog.getByLabel("Longitude", { exact: true }).fill("26.1");
    await settled(page);
    await expectAccessible(page, "event dialog");
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => page.getByTestId("event-timeline").getByRole("listitem").count()).toBe(2);
    const timeline = (await page.getByTestId("event-timeline").innerText()).toLowerCase();
    expect(timeline.indexOf("recruitment")).toBeGreaterThan(-1);
    expect(timeline.indexOf("recruitment")).toBeLessThan(timeline.indexOf("exploitation"));
    await page.getByTestId("event-map").waitFor();
    await expectAccessible(page, "events tab");
    await screenshot(page, "protect-case-events");

    // Someone changes the event while the dialog is open: the save meets 409, Reload brings the
    // current version into the dialog, and saving again succeeds.
    const current = await worker.api.call<{ events: { id: string; version: number; hte_Type: string }[] }>(
      "GET",
      `/api/cases/${caseId}`,
    );
    const recruitment = current.events.find((e) => e.hte_Type === "Recruitment");
    if (!recruitment) throw new Error("the recruitment event is missing");
    await page.getByRole("button", { name: "Edit event 1" }).click();
    const edit = page.getByRole("dialog");
    await edit.getByLabel("City", { exact: true }).fill("Bălți");
    await worker.api.call("PATCH", `/api/cases/${caseId}/events/${recruitment.id}`, {
      version: recruitment.version,
      hte_City: "Orhei",
    });
    await edit.getByRole("button", { name: "Save" }).click();
    await edit.getByRole("button", { name: "Reload" }).click();
    await expect.poll(() => edit.getByLabel("City", { exact: true }).inputValue()).toBe("Orhei");
    await edit.getByRole("button", { name: "Save" }).click();
    await edit.waitFor({ state: "hidden" });
  });

  it("refers the case to the shelter, sharing identity and victim context only", async () => {
    await page.getByRole("tab", { name: "Referrals" }).click();
    await page.getByTestId("refer-case").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByTestId("referral-consent-ok").waitFor();
    await dialog.getByRole("combobox", { name: "Service needed" }).click();
    await page.getByRole("option", { name: "Shelter", exact: true }).click();
    await tick(dialog, SHELTER);
    await tick(dialog, "Identity");
    await tick(dialog, "Victim context");
    await dialog.getByLabel("Message", { exact: true }).fill("Needs a safe place tonight; speaks Romanian.");
    await settled(page);
    await expectAccessible(page, "refer dialog");
    await screenshot(page, "protect-refer");
    await dialog.getByTestId("send-referral").click();
    await dialog.waitFor({ state: "hidden" });
    const sent = page.getByTestId("case-referrals").getByTestId("referral");
    await expect.poll(() => sent.getAttribute("data-status")).toBe("pending");
    expect(await sent.innerText()).toContain(SHELTER);
  });

  it("passes the accessibility check on the case list, caseload, services and history", async () => {
    await page.getByRole("tab", { name: "History" }).click();
    await page.getByTestId("history-views").waitFor();
    await expectAccessible(page, "history tab");
    await page.goto(`${server.url}/cases`);
    await page.getByTestId("case-table").waitFor();
    await expectAccessible(page, "case list");
    await screenshot(page, "protect-case-list");
    await page.goto(`${server.url}/caseload`);
    await page.getByTestId("open-by-stage").waitFor();
    await expectAccessible(page, "caseload");
    await screenshot(page, "protect-caseload");
    await page.goto(`${server.url}/services`);
    await page.getByRole("cell", { name: SHELTER }).waitFor();
    await expectAccessible(page, "services directory");
    await page.goto(`${server.url}/referrals?box=outgoing`);
    await page.getByTestId("referrals-outgoing").waitFor();
    await expectAccessible(page, "outgoing referrals");
  });

  it("refuses an import file with every problem named, and exports to a password-protected file", async () => {
    await page.goto(`${server.url}/cases`);
    await page.getByRole("link", { name: "Import or export" }).click();
    await page.getByRole("heading", { name: "Import and export" }).waitFor();
    await expectAccessible(page, "import and export");
    const file = JSON.stringify([
      { prs_FirstName: "Ana", prs_Gender: "Sometimes" },
      { prs_FirstName: "Bo", prs_Birthdate: "not a date" },
    ]);
    await page.locator('input[type="file"]').setInputFiles({
      name: "cases.json",
      mimeType: "application/json",
      buffer: Buffer.from(file),
    });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const problems = page.getByTestId("import-problems");
    await problems.waitFor();
    expect(await problems.getByRole("row").count()).toBeGreaterThan(2);
    expect(await problems.innerText()).toContain("prs_Gender");
    await expectAccessible(page, "import problems");
    await screenshot(page, "protect-import-problems");

    await page.getByLabel("Password for the file", { exact: true }).fill("a long export passphrase");
    await page.getByLabel("Confirm the password", { exact: true }).fill("a long export passphrase");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export", exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/\.zip$/);
  });

  it("lets the administrator set the referral mechanism and retention", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    p.setDefaultTimeout(15_000);
    await p.goto(`${server.url}/admin/pathways`);
    await signIn(p, ADMIN, { secret: adminSecret, enrolledAt: adminEnrolledAt });
    await p.getByRole("heading", { name: "National Referral Mechanism" }).waitFor();
    await expectAccessible(p, "referral mechanism pathways");
    await p.getByRole("button", { name: "Edit Default (countries without their own)" }).click();
    await p.getByRole("dialog").getByLabel("Name", { exact: true }).first().waitFor();
    await settled(p);
    await expectAccessible(p, "pathway dialog");
    await p.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await p.goto(`${server.url}/admin/retention`);
    await p.getByRole("heading", { name: "Retention of closed cases" }).waitFor();
    await p.getByTestId("retention-current").waitFor();
    await expectAccessible(p, "retention");
    const save = p.getByRole("button", { name: "Save" });
    await save.first().click();
    await expect.poll(() => p.getByTestId("retention-current").innerText()).toContain("days after closing");
    // The raw text of online ads has a retention period of its own.
    await expect
      .poll(() => p.getByTestId("ad-text-retention-current").innerText())
      .toContain("(the default)");
    await p.getByLabel("Days to keep ad text").fill("45");
    await save.last().click();
    await expect
      .poll(() => p.getByTestId("ad-text-retention-current").innerText())
      .toBe(
        "The raw text of ads is kept for 45 days, then removed; networks, templates and identifier hashes stay.",
      );
    await context.close();
  });

  it("lets the shelter accept on a phone and see exactly the parts shared", async () => {
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const p = await phone.newPage();
    p.setDefaultTimeout(15_000);
    await p.goto(`${server.url}/referrals`);
    await signIn(p, SHELTER_WORKER, shelterWorker);
    const incoming = p.getByTestId("referrals-incoming").getByTestId("referral");
    await incoming.waitFor();
    expect(await incoming.innerText()).toContain("Needs a safe place tonight");
    await expectAccessible(p, "referral inbox");
    await screenshot(p, "protect-inbox-phone");
    expect(await noSidewaysScroll(p)).toBe(0);

    await incoming.getByRole("button", { name: /^Accept referral/ }).click();
    await p.getByRole("dialog").getByText("Identity, Victim context").waitFor();
    await settled(p);
    await expectAccessible(p, "accept dialog");
    await p.getByTestId("confirm-response").click();
    await p.getByRole("dialog").waitFor({ state: "hidden" });

    await p.goto(`${server.url}/referrals?status=accepted`);
    await p.getByTestId("referrals-incoming").getByRole("link", { name: /^C-/ }).click();
    await p.getByTestId("shared-parts").waitFor();
    const tabs = await p.getByRole("tab").allInnerTexts();
    expect(tabs).toEqual(["Person", "Victim context"]);
    await p.getByText(PERSON.first, { exact: true }).waitFor();
    await p.getByTestId("contact-not-shared").waitFor();
    expect(await p.getByRole("main").innerText()).not.toContain(PERSON.phone);
    await expectAccessible(p, "shared case on a phone");
    await screenshot(p, "protect-shared-case-phone");
    expect(await noSidewaysScroll(p)).toBe(0);
    await p.getByRole("tab", { name: "Victim context" }).click();
    await p.getByText("Sexual exploitation").waitFor();

    await p.goto(`${server.url}/cases?referredToMe=true`);
    await p.getByTestId("case-cards").getByText("Shared with you").waitFor();
    await expectAccessible(p, "case list on a phone");
    expect(await noSidewaysScroll(p)).toBe(0);
    await phone.close();
  });

  it("refuses the shelter what was not shared, through the API too", async () => {
    const shared = await shelterWorker.api.call<{ parts: string[]; person: Record<string, unknown> | null }>(
      "GET",
      `/api/cases/${caseId}`,
    );
    expect(shared.parts).toEqual(["identity", "victim"]);
    expect(shared.person?.prs_FirstName).toBe(PERSON.first);
    for (const field of ["prs_MobilePhone", "prs_Email"]) expect(shared.person).not.toHaveProperty(field);
    await expect(shelterWorker.api.call("GET", `/api/cases/${caseId}/history`)).rejects.toThrow(/: 403 /);
    await expect(
      shelterWorker.api.call("PATCH", `/api/cases/${caseId}`, { version: 1, person: { prs_FirstName: "X" } }),
    ).rejects.toThrow(/: 403 /);
  });

  it("keeps the referral, its acceptance and both organisations' reads in the audit log", async () => {
    const { items } = await admin.call<{
      items: { action: string; actorOrganisationId: string | null; outcome: string }[];
    }>("GET", `/api/audit?resourceId=${caseId}&limit=200`);
    const session = await admin.call<{ user: { organisationId: string } }>("GET", "/api/auth/session");
    const organisations = await admin.call<{ items: { id: string; org_Name: string }[] }>(
      "GET",
      "/api/organisations",
    );
    const home = session.user.organisationId;
    const shelterId = organisations.items.find((o) => o.org_Name === SHELTER)?.id;
    const by = (action: string, organisationId: string | undefined) =>
      items.filter(
        (e) => e.action === action && e.actorOrganisationId === organisationId && e.outcome === "success",
      );
    expect(by("referral.create", home)).toHaveLength(1);
    expect(by("referral.accept", shelterId)).toHaveLength(1);
    expect(by("case.read", home).length).toBeGreaterThan(0);
    expect(by("case.read", shelterId).length).toBeGreaterThan(0);
    // The refused history and change are on the record too.
    expect(items.some((e) => e.actorOrganisationId === shelterId && e.outcome === "denied")).toBe(true);
  });
});
