import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiSession } from "./support/api.ts";
import { expectAccessible, launchBrowser, screenshot, settled } from "./support/browser.ts";
import { startServer, type RunningServer } from "./support/server.ts";
import { freshTotp } from "./support/totp.ts";

/**
 * Disrupt's "done when": on the demo's synthetic ads, an analyst in Chromium opens the ranked
 * networks, opens the one whose two templates are tied by a phone, sees the template with its
 * slots and the linking phone, and escalates it with a reason; the decision is in the audit
 * log (read through the API by the administrator, who holds audit.read). The analyst then
 * submits a file of ads and reads the batch report; every page passes an axe check, also at
 * phone width.
 */
const ANALYST = { email: "analyst@demo.ariadne.invalid", password: "Thread-through-the-labyrinth-2026" };
/** The demo's phone in the range France reserves for fiction, shared by both templates of one advertiser. */
const LINKING_PHONE = "+33639981001";
const REASON = "Same phone in two ad templates across six cities; hand over to the trafficking unit.";

describe("an analyst reviews a network of ads and escalates it", () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: ApiSession;
  let analystSecret = "";
  let analystEnrolledAt = 0;
  let desktop: BrowserContext;
  let page: Page;
  let networkUrl = "";

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
        org_ShippingCountry: "FR",
      },
      administrator: {
        fullName: "Ada Admin-Example",
        email: "ada.admin@example.org",
        password: "an administrator passphrase",
      },
      loadDemoData: false,
    });
    await admin.enrol();
    const demo = await admin.call<{ ads: number; networks: number }>("POST", "/api/demo", {});
    expect(demo.ads).toBeGreaterThan(200);
    // The demo analyst enrols a second factor (their role reads personal data).
    const analyst = new ApiSession(server.url);
    await analyst.call("POST", "/api/auth/login", ANALYST);
    analystSecret = await analyst.enrol();
    analystEnrolledAt = Date.now();

    browser = await launchBrowser();
    desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await desktop.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it("shows the networks ranked, with filters", async () => {
    await page.goto(`${server.url}/online`);
    await page.getByRole("heading", { name: "Sign in to Ariadne" }).waitFor();
    await page.getByLabel("E-mail address", { exact: true }).fill(ANALYST.email);
    await page.getByLabel("Password", { exact: true }).fill(ANALYST.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page
      .getByLabel("Authentication code", { exact: true })
      .fill(await freshTotp(analystSecret, analystEnrolledAt));
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.getByRole("heading", { name: "Networks of online ads" }).waitFor();
    const table = page.getByTestId("network-table");
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(3);
    await expectAccessible(page, "network list");
    await screenshot(page, "disrupt-networks");

    // A filter by the words of the template leaves the one advertiser's network.
    await page.getByLabel("Search", { exact: true }).fill("sweet and discreet");
    await expect.poll(() => table.locator("tbody tr").count()).toBe(1);
    await expect.poll(() => page.url()).toContain("q=sweet");
  });

  it("opens the network: its templates with their slots, and the phone that links them", async () => {
    await page.getByTestId("network-table").locator("tbody tr").first().getByRole("link").click();
    await page.getByRole("heading", { name: /^Network N-[0-9A-F]{6}$/ }).waitFor();
    networkUrl = page.url();
    const templates = page.getByTestId("templates");
    await expect.poll(() => templates.getByTestId("template").count()).toBe(2);
    await expect.poll(() => templates.getByTestId("template-slot").count()).toBeGreaterThan(3);
    expect(await templates.getByTestId("template").first().textContent()).toContain("sweet and discreet");

    const phoneRow = page.getByTestId("identifier-table").locator("tr", { hasText: LINKING_PHONE });
    await phoneRow.waitFor();
    expect(await phoneRow.textContent()).toContain("Links templates");
    expect(await phoneRow.textContent()).toContain("Disguised");
    await page.getByTestId("identifier-graph").waitFor();
    await page.getByTestId("timeline").waitFor();
    await page.getByTestId("places-map").waitFor();
    expect(await page.getByTestId("member-ad").count()).toBeGreaterThan(20);
    // The words that raised an indicator are marked in the ads' text.
    expect(await page.getByTestId("member-ad").first().locator("mark").count()).toBeGreaterThan(0);
    await expectAccessible(page, "network page");
    await screenshot(page, "disrupt-network");
  });

  it("escalates the network with a reason, and the decision is in the audit log", async () => {
    const form = page.getByTestId("decision-form");
    const option = form.getByLabel("Escalate to law enforcement", { exact: true });
    await option.evaluate((el) => (el as HTMLInputElement).click());
    await form.getByLabel("Reason", { exact: true }).fill(REASON);
    await form.getByRole("button", { name: "Record the decision" }).click();
    await page.getByText(/^Network N-[0-9A-F]{6} escalated$/).waitFor();
    const decision = page.getByTestId("current-decision");
    await decision.waitFor();
    expect(await decision.textContent()).toContain(REASON);
    expect(await decision.textContent()).toContain("Escalated");
    await settled(page);
    await expectAccessible(page, "network page after the decision");
    await screenshot(page, "disrupt-escalated");

    const id = networkUrl.split("/").at(-1) ?? "";
    const audit = await admin.call<{
      items: {
        action: string;
        resourceId: string | null;
        actorName: string | null;
        details: Record<string, unknown>;
      }[];
    }>("GET", `/api/audit?action=online.network.decide&resourceId=${id}`);
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      resourceId: id,
      actorName: "Demo Online Analyst",
      details: { decision: "escalate", from: "new", to: "escalated" },
    });
    // The reason stays out of the log (it may name people); it is kept encrypted with the network.
    expect(JSON.stringify(audit.items[0])).not.toContain("trafficking unit");

    await page.goto(`${server.url}/online?status=escalated`);
    await expect.poll(() => page.getByTestId("network-table").locator("tbody tr").count()).toBe(1);
  });

  it("submits a file of ads and reads the batch report", async () => {
    await page.goto(`${server.url}/online/batches`);
    await page.getByRole("heading", { name: "Submit ads", level: 1 }).waitFor();
    await page.getByTestId("retention-note").waitFor();
    const csv = [
      "id,text,date",
      'up-1,"Urgent departure for farm work in Almeria, no experience needed and high salary, travel paid. WhatsApp 06 39 98 20 03",2026-11-01',
      "up-2,,2026-11-02",
      'up-3,"Room to rent near the harbour, quiet street",2026-11-03',
    ].join("\n");
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "ads.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByLabel("Source", { exact: true }).fill("Example classifieds export");
    await page.getByRole("button", { name: "Upload and analyse" }).click();
    const report = page.getByTestId("batch-report");
    await report.waitFor();
    expect(await report.textContent()).toContain("Rows read: 3 · ads analysed: 2 · skipped: 1");
    expect(await report.textContent()).toContain("Empty text");
    await settled(page);
    await expectAccessible(page, "batch page");
    await screenshot(page, "disrupt-batch");
  });

  it("works at phone width", async () => {
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    await phone.addCookies(await desktop.cookies());
    const small = await phone.newPage();
    small.setDefaultTimeout(15_000);
    await small.goto(`${server.url}/online`);
    await small.getByTestId("network-cards").waitFor();
    expect(await noSidewaysScroll(small)).toBeLessThanOrEqual(0);
    await expectAccessible(small, "network list at phone width");
    await screenshot(small, "disrupt-networks-phone");
    await small.goto(networkUrl);
    await small.getByTestId("templates").waitFor();
    await small.getByTestId("places-map").waitFor();
    expect(await noSidewaysScroll(small)).toBeLessThanOrEqual(0);
    await expectAccessible(small, "network page at phone width");
    await screenshot(small, "disrupt-network-phone");
    await phone.close();
  });
});
