import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ILO_EC_2009 } from "@ariadne/domain";
import { ApiSession } from "./support/api.ts";
import { expectAccessible, launchBrowser, screenshot } from "./support/browser.ts";
import { startServer, type RunningServer } from "./support/server.ts";
import { freshTotp } from "./support/totp.ts";

/**
 * Identify's "done when": at phone size a first responder signs in, screens a person with a
 * mix of present, absent and unknown answers, is switched to the child pathway on answering
 * that the person may be under 18, and sees a result naming the deciding indicators and the
 * rule — the same outcome the API reports.
 */
const RESPONDER = { email: "field.responder@example.org", password: "a field responder passphrase" };

describe("a first responder screens a person on a phone", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let secret = "";
  let enrolledAt = 0;

  beforeAll(async () => {
    server = await startServer();
    // Prepared through the API: an administrator, and a responder who has enrolled a second factor.
    const admin = new ApiSession(server.url);
    await admin.call("POST", "/api/setup", {
      token: server.setupToken,
      organisation: { org_Name: "Port Authority Police", org_Type: "LawEnforcement" },
      administrator: {
        fullName: "Ada Admin-Example",
        email: "ada.admin@example.org",
        password: "an administrator passphrase",
      },
      loadDemoData: false,
    });
    await admin.enrol();
    const session = await admin.call<{ user: { organisationId: string } }>("GET", "/api/auth/session");
    const roles = await admin.call<{ items: { id: string; key: string }[] }>("GET", "/api/roles");
    await admin.call("POST", "/api/users", {
      email: RESPONDER.email,
      fullName: "Fenna Field-Example",
      organisationId: session.user.organisationId,
      roleId: roles.items.find((r) => r.key === "first_responder")?.id,
      password: "an initial handover passphrase",
    });
    const responder = new ApiSession(server.url);
    await responder.call("POST", "/api/auth/login", {
      email: RESPONDER.email,
      password: "an initial handover passphrase",
    });
    await responder.call("POST", "/api/auth/password", {
      currentPassword: "an initial handover passphrase",
      newPassword: RESPONDER.password,
    });
    secret = await responder.enrol();
    enrolledAt = Date.now();

    browser = await launchBrowser();
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    page = await phone.newPage();
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  /** Chooses an option of a radio group and waits until the page shows it chosen (re-renders may race). */
  async function choose(group: ReturnType<Page["getByTestId"]>, label: string): Promise<void> {
    const option = group.getByLabel(label, { exact: true });
    await expect
      .poll(
        async () => {
          // Activate the radio itself (as the keyboard would): the sticky step bar may cover its centre.
          if (!(await option.isChecked())) await option.evaluate((el) => (el as HTMLInputElement).click());
          return option.isChecked();
        },
        { timeout: 15_000 },
      )
      .toBe(true);
  }
  const answer = async (testId: string, label: string) => {
    try {
      await choose(page.getByTestId(testId), label);
    } catch (e) {
      await screenshot(page, `debug-${testId}`);
      console.log(
        "FAILED",
        testId,
        label,
        await page
          .getByTestId(testId)
          .innerHTML()
          .catch(() => "(none)"),
      );
      throw e;
    }
  };

  it("signs in with the second factor", async () => {
    await page.goto(`${server.url}/identify`);
    await page.getByLabel("E-mail address", { exact: true }).fill(RESPONDER.email);
    await page.getByLabel("Password", { exact: true }).fill(RESPONDER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Authentication code", { exact: true }).fill(await freshTotp(secret, enrolledAt));
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.getByRole("heading", { name: "Start a screening" }).first().waitFor();
    await expectAccessible(page, "identify");
  });

  it("switches to the child pathway when the person may be under 18", async () => {
    await answer("screener-role", "Police");
    await page.getByTestId("start-screening").click();
    await page.getByTestId("screening-step").waitFor();
    await answer("safety-dangerNow", "No");
    await answer("safety-urgentMedical", "No");
    await answer("safety-possiblyChild", "Don't know");
    await page.getByTestId("child-pathway-banner").waitFor();
    await answer("safety-interpreterNeeded", "Yes");
    await expectAccessible(page, "safety step");
    await screenshot(page, "identify-safety-phone");
    await page.getByTestId("next-step").click();
    await page.getByTestId("next-step").click(); // preferences: optional
    await answer("exploitation-form", "Labour exploitation");
    await page.getByTestId("next-step").click();
  });

  it("answers each dimension with present, absent and unknown answers", async () => {
    // In every dimension: the first two present, the third unknown, the fourth not present.
    const pattern = ["Present", "Present", "Don't know", "Not present"];
    for (let dimension = 0; dimension < 6; dimension++) {
      const questions = page.getByTestId("indicator-question");
      await questions.first().waitFor();
      const count = Math.min(await questions.count(), pattern.length);
      for (let i = 0; i < count; i++) {
        await choose(questions.nth(i), pattern[i] ?? "Present");
      }
      if (dimension === 0) await expectAccessible(page, "dimension step");
      await page.getByTestId("next-step").click();
    }
    await page.getByTestId("complete-screening").waitFor();
    await expectAccessible(page, "review");
  });

  it("shows the server's result with the deciding indicators and the rule", async () => {
    await page.getByTestId("complete-screening").click();
    await page.getByTestId("result-level").waitFor();
    await expectAccessible(page, "result");
    await screenshot(page, "identify-result-phone");
    const id = /screenings\/([0-9a-f-]{36})\/result/.exec(page.url())?.[1];
    expect(id).toBeTruthy();
    const api = await page.request.get(`${server.url}/api/screenings/${id ?? ""}`);
    const screening = (await api.json()) as {
      pathway: string;
      outcome: { level: string; deciding: string[]; rule: string; pathway: string };
    };
    expect(screening.pathway).toBe("child");
    expect(screening.outcome.pathway).toBe("child");
    // Child labour: recruitment and exploitative conditions are positive, so a presumed victim.
    expect(screening.outcome.level).toBe("presumed_victim");
    const levelText = await page.getByTestId("result-level").innerText();
    expect(levelText.toLowerCase()).toContain("presumed");
    const deciding = await page.getByTestId("deciding-indicators").innerText();
    for (const indicatorId of screening.outcome.deciding) {
      const label = ILO_EC_2009.indicators.find((i) => i.id === indicatorId)?.label.en;
      expect(deciding).toContain(label);
    }
    expect(await page.getByTestId("result-rule").innerText()).not.toBe("");
    expect(await page.getByTestId("next-steps").innerText()).not.toBe("");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});
