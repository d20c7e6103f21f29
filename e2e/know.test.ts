import { readFileSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiSession } from "./support/api.ts";
import { expectAccessible, launchBrowser, screenshot, settled } from "./support/browser.ts";
import { startServer, type RunningServer } from "./support/server.ts";
import { freshTotp } from "./support/totp.ts";

/**
 * Know's "done when" in the browser: on the demo data, a statistician opens the dashboard
 * (with the toggle to exact internal figures, which a case worker does not get), publishes a
 * differentially private release (ε 1) marked public, and a second one beyond the dataset's
 * privacy budget is refused with the server's reason on screen. The statistician makes
 * synthetic microdata (utility report: no invented combination) and opens an imported GLOTIP
 * dataset on its page ("<5" shown as such). Then a reader without an account opens
 * /public/statistics and sees only protected figures (no count between 1 and the
 * threshold − 1 in any table) and a world map. Every page passes an axe check.
 */
const STATISTICIAN = {
  email: "sofia.stats@example.org",
  name: "Sofia Stats-Example",
  password: "a statistician passphrase",
};
const CASE_WORKER = {
  email: "kai.case@example.org",
  name: "Kai Case-Example",
  password: "a case worker passphrase",
};
const THRESHOLD = 5;
const RELEASE_TITLE = "Trafficking in human beings: public figures";

interface Enrolled {
  api: ApiSession;
  secret: string;
  enrolledAt: number;
}

describe("a statistician publishes protected statistics that anyone can read", () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: ApiSession;
  let statistician: Enrolled;
  let caseWorker: Enrolled;
  let page: Page;

  async function createEnrolledUser(
    person: typeof STATISTICIAN,
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
    enrolled: Enrolled,
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

  /** Ticks a checkbox or radio by its label (within `p`: a page or a form), as the keyboard would. */
  async function tick(p: Page | Locator, label: string): Promise<void> {
    const box = p.getByLabel(label, { exact: true });
    await expect
      .poll(async () => {
        if (!(await box.isChecked())) await box.evaluate((el) => (el as HTMLInputElement).click());
        return box.isChecked();
      })
      .toBe(true);
  }

  const noSidewaysScroll = (p: Page) =>
    p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  /** Every figure on the page as a table (each figure's view switch, then all tables). */
  async function showAllTables(p: Page): Promise<void> {
    for (const view of await p.getByTestId("figure-view").all())
      await view.getByText("Table", { exact: true }).click();
    for (const toggle of await p.getByTestId("toggle-all-tables").all()) await toggle.click();
    await p.getByTestId("all-tables").first().waitFor();
  }

  beforeAll(async () => {
    server = await startServer();
    admin = new ApiSession(server.url);
    await admin.call("POST", "/api/setup", {
      token: server.setupToken,
      organisation: {
        org_Name: "National Statistics Office",
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
    await admin.enrol();
    await admin.call("POST", "/api/demo", {});
    const session = await admin.call<{ user: { organisationId: string } }>("GET", "/api/auth/session");
    const roles = await admin.call<{ items: { id: string; key: string }[] }>("GET", "/api/roles");
    const role = (key: string) => roles.items.find((r) => r.key === key)?.id ?? "";
    statistician = await createEnrolledUser(STATISTICIAN, session.user.organisationId, role("statistician"));
    caseWorker = await createEnrolledUser(CASE_WORKER, session.user.organisationId, role("case_worker"));

    browser = await launchBrowser();
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await desktop.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it("shows the statistician the dashboard, with exact internal figures on request", async () => {
    await page.goto(`${server.url}/statistics`);
    await signIn(page, STATISTICIAN, statistician);
    await page.getByRole("heading", { name: "Statistics", exact: true }).waitFor();
    const figures = page.getByTestId("dashboard-figures");
    await figures.waitFor();
    await page.getByTestId("trend-chart").waitFor();
    await page.getByTestId("map-victims.citizenship").waitFor();
    expect(await figures.getAttribute("data-exact")).toBe("false");
    // Protected by default: every figure says so, and none is marked exact.
    expect(await page.getByTestId("protection-note").count()).toBeGreaterThan(5);
    expect(await page.getByTestId("badge-exact").count()).toBe(0);
    await expectAccessible(page, "statistics dashboard");
    await screenshot(page, "know-dashboard");

    const exact = page.getByRole("switch", { name: "Exact internal figures" });
    await exact.check({ force: true });
    await page.getByTestId("internal-banner").waitFor();
    await expect.poll(() => figures.getAttribute("data-exact")).toBe("true");
    await expect.poll(() => page.getByTestId("badge-exact").count()).toBeGreaterThan(5);
    await expectAccessible(page, "statistics dashboard, exact");
    await screenshot(page, "know-dashboard-exact");

    const { items } = await admin.call<{ items: { action: string }[] }>("GET", "/api/audit?limit=200");
    expect(items.some((e) => e.action === "stats.exact.read")).toBe(true);
  });

  it("publishes a DP release marked public, and refuses one beyond the privacy budget", async () => {
    await page.goto(`${server.url}/statistics/releases`);
    await page.getByRole("heading", { name: "Releases", exact: true }).first().waitFor();
    const form = page.getByTestId("release-form");
    await form.waitFor();
    await expect
      .poll(() => form.getByTestId("budget-line").innerText())
      .toContain("4, of which 0 spent; 4 left");

    await tick(form, "Differential privacy (geometric noise)");
    await form.getByLabel("Title", { exact: true }).fill(RELEASE_TITLE);
    await form.getByLabel("ε (privacy loss) of the release", { exact: true }).fill("1");
    await tick(page, "Public: show it on the public statistics page");
    await expectAccessible(page, "release form");
    await form.getByRole("button", { name: "Publish" }).click();

    const release = page.getByTestId("release").filter({ hasText: RELEASE_TITLE });
    await release.waitFor();
    expect(await release.getByTestId("release-visibility").getAttribute("data-public")).toBe("true");
    // ε is shared by weight, the country tables (the maps) taking the larger shares.
    expect(await release.innerText()).toContain("1, shared by weight over 13 tables");
    const shares = release.getByTestId("release-epsilon-by-table");
    await shares.locator("summary").click();
    const citizenshipShare = shares.locator('[data-table="victims.citizenship"]');
    await citizenshipShare.waitFor();
    expect(await citizenshipShare.innerText()).toMatch(/4\/19 \(weight 4\)/);
    expect(await shares.locator('[data-table="victims.sex"]').innerText()).toMatch(/1\/19 \(weight 1\)/);
    await expect.poll(() => form.getByTestId("budget-line").innerText()).toContain("1 spent; 3 left");

    // The release as a file, fetched with the session.
    const download = page.waitForEvent("download");
    await release.getByRole("button", { name: `${RELEASE_TITLE} as CSV` }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);

    // Beyond the budget: the server refuses, and its reason is on screen.
    await form.getByLabel("Title", { exact: true }).fill("Too much at once");
    await form.getByLabel("ε (privacy loss) of the release", { exact: true }).fill("5");
    await form.getByTestId("beyond-budget").waitFor();
    await form.getByRole("button", { name: "Publish" }).click();
    const refusal = form.getByTestId("release-refused");
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/beyond the budget 4 .*\(3 left\)/);
    expect(await page.getByTestId("release").filter({ hasText: "Too much at once" }).count()).toBe(0);
    await settled(page);
    await expectAccessible(page, "release refused");
    await screenshot(page, "know-release-refused");

    await release.getByRole("button", { name: "Show the figures" }).click();
    await release.getByTestId("map-victims.citizenship").waitFor();
    await expectAccessible(page, "release figures");
  });

  it("makes synthetic microdata in the UI, with its utility report showing no invented combination", async () => {
    await page.goto(`${server.url}/statistics/releases`);
    const form = page.getByTestId("synthetic-form");
    await form.waitFor();
    const title = "Synthetic victims for the data hub";
    await form.getByLabel("Title", { exact: true }).fill(title);
    // Suppression below 5, combinations of up to 2 of the default attributes.
    expect(await form.getByLabel("Sex", { exact: true }).isChecked()).toBe(true);
    expect(await form.getByLabel("Form of exploitation", { exact: true }).isChecked()).toBe(true);
    await expectAccessible(page, "synthetic form");
    await form.getByRole("button", { name: "Make the records" }).click();

    const card = page.getByTestId("synthetic").filter({ hasText: title });
    await card.waitFor();
    const invented = card.getByTestId("synthetic-invented");
    expect(await invented.getAttribute("data-invented")).toBe("0");
    expect(await invented.textContent()).toContain("Invented combinations: 0");
    const utility = card.getByTestId("synthetic-utility");
    expect(await utility.locator("tbody tr").count()).toBe(2);
    expect(
      Number((await card.getByTestId("synthetic-records").innerText()).replace(/\D/g, "")),
    ).toBeGreaterThan(0);
    expect(await card.innerText()).toContain("Small-cell suppression");

    // The risk report: for statisticians, on request (audited).
    await card.getByRole("button", { name: "Show the risk report" }).click();
    const risk = card.getByTestId("synthetic-risk-report");
    await risk.waitFor();
    expect(await risk.innerText()).toMatch(/Records unique on all their attributes: \d+ of \d+/);

    const download = page.waitForEvent("download");
    await card.getByRole("button", { name: `${title}: Records (CSV)` }).click();
    expect((await download).suggestedFilename()).toMatch(/^ariadne-synthetic-[0-9a-f]{8}\.csv$/);
    await settled(page);
    await expectAccessible(page, "synthetic dataset");
    await screenshot(page, "know-synthetic");
  });

  it("opens an imported GLOTIP dataset on a page of its own, '<5' shown as such", async () => {
    await page.goto(`${server.url}/statistics/releases`);
    const importForm = page.getByTestId("import-form");
    await importForm.waitFor();
    // The importer's fixture without its two broken rows: nine published figures.
    const glotip = readFileSync(
      new URL("../packages/server/src/stats/imports/fixtures/glotip.csv", import.meta.url),
      "utf8",
    )
      .trim()
      .split("\n")
      .slice(0, 10)
      .join("\n");
    await importForm
      .locator('input[type="file"]')
      .setInputFiles({ name: "glotip.csv", mimeType: "text/csv", buffer: Buffer.from(glotip) });
    await importForm.getByRole("combobox", { name: "Format" }).click();
    await page.getByRole("option", { name: "UNODC GLOTIP", exact: true }).click();
    await importForm.getByLabel("Name of the dataset", { exact: true }).fill("GLOTIP sample");
    await importForm.getByRole("combobox", { name: "Reporting country" }).fill("Moldova");
    await page.getByRole("option", { name: "Moldova", exact: true }).click();
    await tick(page, "Count unknown codes as unknown");
    await importForm.getByRole("button", { name: "Import" }).click();
    await importForm.getByTestId("stat-import-result").waitFor();

    await page.getByTestId("dataset-table").getByRole("link", { name: "GLOTIP sample" }).click();
    await page.waitForURL(/\/statistics\/datasets\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { name: "GLOTIP sample", level: 1 }).waitFor();
    const facts = page.getByTestId("dataset-facts");
    await facts.waitFor();
    expect(await facts.innerText()).toContain("UNODC GLOTIP");
    const rows = page.getByTestId("aggregate-row");
    await expect.poll(() => rows.count()).toBe(9);
    const values = await page.getByTestId("aggregate-value").allInnerTexts();
    expect(values).toContain("<5");
    expect(values).toContain("<3");
    expect(await page.getByTestId("dataset-shown").innerText()).toBe("9 of 9 figures shown.");
    await expectAccessible(page, "aggregate dataset");
    await screenshot(page, "know-dataset");

    await page.getByRole("combobox", { name: "Year" }).click();
    await page.getByRole("option", { name: "2021", exact: true }).click();
    await expect.poll(() => page.getByTestId("dataset-shown").innerText()).toBe("3 of 9 figures shown.");
    expect(await page.getByTestId("aggregate-value").allInnerTexts()).toContain("<5");
    await settled(page);
    await expectAccessible(page, "aggregate dataset, filtered");
  });

  it("does not offer exact figures to a case worker", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await context.newPage();
    p.setDefaultTimeout(15_000);
    await p.goto(`${server.url}/statistics`);
    await signIn(p, CASE_WORKER, caseWorker);
    await p.getByTestId("dashboard-figures").waitFor();
    expect(await p.getByRole("switch", { name: "Exact internal figures" }).count()).toBe(0);
    expect(await p.getByRole("link", { name: "Releases" }).count()).toBe(0);
    // The server refuses them too (the switch is only a convenience).
    const { items } = await caseWorker.api.call<{ items: { id: string }[] }>("GET", "/api/stats/datasets");
    await expect(
      caseWorker.api.call("GET", `/api/stats/tables?datasetId=${items[0]?.id ?? ""}&year=2024&exact=true`),
    ).rejects.toThrow(/: 403 /);
    await context.close();
  });

  it("shows anyone the public release, protected, with its map and files, without signing in", async () => {
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 740 },
    ]) {
      const context = await browser.newContext({
        viewport,
        ...(viewport.width < 400 ? { isMobile: true } : {}),
      });
      const p = await context.newPage();
      p.setDefaultTimeout(15_000);
      const phone = viewport.width < 400;

      // From the sign-in page, as a visitor finds it.
      await p.goto(`${server.url}/sign-in`);
      await p.getByTestId("public-statistics-link").click();
      await p.waitForURL(/\/public\/statistics$/);
      await p.getByRole("heading", { name: "Statistics on trafficking in human beings" }).waitFor();
      const release = p.getByTestId("release").filter({ hasText: RELEASE_TITLE });
      await release.waitFor();
      expect(await p.getByTestId("release").count()).toBe(1);

      // The citizenship map: an SVG of country shapes.
      const map = release.getByTestId("map-victims.citizenship");
      await map.waitFor();
      expect(await map.evaluate((svg) => svg.tagName.toLowerCase())).toBe("svg");
      expect(await map.locator("path").count()).toBeGreaterThan(100);
      expect(await release.getByTestId("protection-note").count()).toBeGreaterThan(5);
      await expectAccessible(p, `public statistics (${String(viewport.width)} px)`);
      await screenshot(p, phone ? "know-public-phone" : "know-public");
      expect(await noSidewaysScroll(p)).toBe(0);

      // Every figure as a table: no count that small is shown anywhere.
      await showAllTables(p);
      const shown = await p
        .locator("[data-testid=stat-table] td")
        .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).innerText.trim()));
      expect(shown.length).toBeGreaterThan(50);
      const numbers = shown
        .filter((text) => /^\d[\d,. ]*$/.test(text))
        .map((text) => Number(text.replace(/\D/g, "")));
      expect(numbers.length).toBeGreaterThan(0);
      expect(numbers.filter((n) => n >= 1 && n < THRESHOLD)).toEqual([]);
      expect(shown.some((text) => text.startsWith(":"))).toBe(true);
      await expectAccessible(p, `public statistics as tables (${String(viewport.width)} px)`);
      expect(await noSidewaysScroll(p)).toBe(0);
      if (!phone) await screenshot(p, "know-public-tables");

      // The files, for anyone.
      const csv = release.getByRole("link", { name: `${RELEASE_TITLE} as CSV` });
      const href = (await csv.getAttribute("href")) ?? "";
      expect(href).toMatch(/^\/api\/public\/stats\/[0-9a-f-]{36}\/export\?format=csv$/);
      const file = await p.request.get(`${server.url}${href}`);
      expect(file.status()).toBe(200);
      expect(file.headers()["content-type"]).toContain("text/csv");
      await context.close();
    }
  });
});
