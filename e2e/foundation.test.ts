import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launchBrowser, screenshot } from "./support/browser.ts";
import { startServer, type RunningServer } from "./support/server.ts";
import { freshTotp, secretFromOtpauth, totpNow } from "./support/totp.ts";

/**
 * The newcomer's journey from the README, in real Chromium against a real server process:
 * first-run setup, second-factor enrolment, an organisation and a user created in the
 * administration, the audit page showing those actions and verifying the chain, sign-out
 * and sign-in with the second factor, a forbidden page for a role without permission, and
 * the phone layout. Every page passes an axe check (no serious or critical violations).
 */
const ADMIN = {
  name: "Ana Setup-Example",
  email: "ana.setup@example.org",
  password: "a long first-run passphrase",
};
const RESPONDER = {
  name: "Radu Field-Example",
  email: "radu.field@example.org",
  initial: "an initial handover phrase",
  password: "my own long field passphrase",
};
const ORGANISATION = "Riverside Outreach Centre";

describe("the newcomer's journey", () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let adminSecret = "";
  let adminCodeUsedAt = 0;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  const field = (label: string) => page.getByLabel(label, { exact: true });
  const choose = async (label: string, option: string) => {
    await page.getByRole("combobox", { name: label }).click();
    await page.getByRole("option", { name: option, exact: true }).click();
  };

  it("sets up the first administrator from the one-time link", async () => {
    await page.goto(`${server.url}/setup?token=${server.setupToken}`);
    await page.getByRole("heading", { name: "Set up Ariadne" }).waitFor();
    await expectAccessible(page, "setup");
    await field("Name").fill("Harbour Coordination Office");
    await choose("Type", "Central government");
    await field("Full name").fill(ADMIN.name);
    await field("E-mail address").fill(ADMIN.email);
    await field("Password").fill(ADMIN.password);
    await field("Confirm password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Set up Ariadne" }).click();
    await page.getByRole("heading", { name: "Set up your second factor" }).waitFor();
  });

  it("enrols an authenticator app and shows the recovery codes once", async () => {
    await expectAccessible(page, "enrolment");
    const uri = await page
      .getByRole("link", { name: "Open it in your authenticator app" })
      .getAttribute("href");
    adminSecret = secretFromOtpauth(uri ?? "");
    adminCodeUsedAt = Date.now();
    await field("Code from the app").fill(await totpNow(adminSecret));
    await page.getByRole("button", { name: "Confirm and continue" }).click();
    await page.getByRole("heading", { name: "Save your recovery codes" }).waitFor();
    await expectAccessible(page, "recovery codes");
    await page.getByLabel("I have saved my recovery codes in a safe place").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("heading", { name: `Welcome, ${ADMIN.name}` }).waitFor();
    await expectAccessible(page, "home");
    await screenshot(page, "home-desktop");
  });

  it("creates an organisation", async () => {
    await page.getByRole("link", { name: "Administration" }).first().click();
    await page.goto(`${server.url}/admin/organisations`);
    await page.getByRole("heading", { name: "Organisations" }).waitFor();
    await expectAccessible(page, "organisations");
    await page.getByRole("button", { name: "New organisation" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Name", { exact: true }).fill(ORGANISATION);
    await dialog.getByRole("combobox", { name: "Type" }).click();
    await page.getByRole("option", { name: "Non-governmental organisation", exact: true }).click();
    await expectAccessible(page, "new organisation dialog");
    await dialog.getByRole("button", { name: "Create" }).click();
    await page.getByRole("cell", { name: ORGANISATION }).first().waitFor();
  });

  it("creates a first responder in that organisation", async () => {
    await page.goto(`${server.url}/admin/users`);
    await page.getByRole("heading", { name: "Users" }).first().waitFor();
    await expectAccessible(page, "users");
    await page.getByRole("button", { name: "New user" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("E-mail address", { exact: true }).fill(RESPONDER.email);
    await dialog.getByLabel("Full name", { exact: true }).fill(RESPONDER.name);
    await dialog.getByRole("combobox", { name: "Organisation" }).click();
    await page.getByRole("option", { name: ORGANISATION }).click();
    await dialog.getByRole("combobox", { name: "Role" }).click();
    await page.getByRole("option", { name: "First responder" }).click();
    await dialog.getByLabel("Initial password", { exact: true }).fill(RESPONDER.initial);
    await expectAccessible(page, "new user dialog");
    await dialog.getByRole("button", { name: "Create" }).click();
    await page.getByRole("cell", { name: RESPONDER.email }).waitFor();
    await page.goto(`${server.url}/admin/roles`);
    await page.getByRole("heading", { name: "Roles" }).first().waitFor();
    await expectAccessible(page, "roles");
  });

  it("shows those actions on the audit page and verifies the chain", async () => {
    await page.goto(`${server.url}/audit`);
    await page.getByRole("heading", { name: "Entries, newest first" }).waitFor();
    await expectAccessible(page, "audit");
    for (const action of ["organisation.create", "user.create"]) {
      await page.getByLabel("Action", { exact: true }).fill(action);
      await page.getByRole("button", { name: "Apply filters" }).click();
      await expect.poll(() => page.getByRole("row").count(), { timeout: 10_000 }).toBeGreaterThan(1);
      await expect.poll(() => page.locator("tbody").innerText()).toContain(ADMIN.name);
    }
    await page.getByRole("button", { name: "Verify chain" }).click();
    await page.getByTestId("audit-verify-ok").waitFor();
    await screenshot(page, "audit");
  });

  it("signs out and back in with the second factor", async () => {
    await page.goto(`${server.url}/account`);
    await page.getByRole("heading", { name: "My account" }).waitFor();
    await expectAccessible(page, "account");
    await page.getByRole("button", { name: "User menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in to Ariadne" }).waitFor();
    await expectAccessible(page, "sign-in");
    await field("E-mail address").fill(ADMIN.email);
    await field("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Second factor" }).waitFor();
    await expectAccessible(page, "second factor");
    await field("Authentication code").fill(await freshTotp(adminSecret, adminCodeUsedAt));
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.getByRole("heading", { name: `Welcome, ${ADMIN.name}` }).waitFor();
  });

  it("shows the forbidden page to a role without the permission, at phone size", async () => {
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const p = await phone.newPage();
    const f = (label: string) => p.getByLabel(label, { exact: true });
    await p.goto(`${server.url}/admin/users`);
    await p.getByRole("heading", { name: "Sign in to Ariadne" }).waitFor();
    await f("E-mail address").fill(RESPONDER.email);
    await f("Password").fill(RESPONDER.initial);
    await p.getByRole("button", { name: "Sign in" }).click();
    await p.getByRole("heading", { name: "Change password" }).waitFor();
    await expectAccessible(p, "change password");
    await f("Current password").fill(RESPONDER.initial);
    await f("New password").fill(RESPONDER.password);
    await f("Confirm new password").fill(RESPONDER.password);
    await p.getByRole("button", { name: "Change password" }).click();
    await p.getByRole("heading", { name: "Set up your second factor" }).waitFor();
    const uri = await p.getByRole("link", { name: "Open it in your authenticator app" }).getAttribute("href");
    await f("Code from the app").fill(await totpNow(secretFromOtpauth(uri ?? "")));
    await p.getByRole("button", { name: "Confirm and continue" }).click();
    await p.getByLabel("I have saved my recovery codes in a safe place").check();
    await p.getByRole("button", { name: "Continue" }).click();
    // The sign-in began at /admin/users; the responder lands there and may not see it.
    await p.getByTestId("forbidden").waitFor();
    await expect
      .poll(() => p.getByTestId("forbidden").innerText())
      .toContain("You do not have access to this page");
    await expectAccessible(p, "forbidden");
    await screenshot(p, "forbidden-phone");
    const overflow = await p.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);

    await p.goto(`${server.url}/`);
    await p.getByRole("heading", { name: `Welcome, ${RESPONDER.name}` }).waitFor();
    await expectAccessible(p, "home on a phone");
    expect(
      await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
    await screenshot(p, "home-phone");
    await p.goto(`${server.url}/identify`);
    await p.getByRole("heading", { name: "Start a screening" }).first().waitFor();
    await expectAccessible(p, "identify");
    await p.goto(`${server.url}/no-such-page`);
    await p.getByTestId("not-found").waitFor();
    await expectAccessible(p, "not found");
    await phone.close();
  });
});
