import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect.ts";

describe("safeRedirect", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeRedirect("/admin/users?x=1")).toBe("/admin/users?x=1");
  });

  it.each([
    ["another site", "https://evil.example/"],
    ["a protocol-relative address", "//evil.example/"],
    ["a backslash trick", "/\\evil.example"],
    ["a control character", "/admin\n"],
    ["a relative path", "admin"],
    ["the sign-in page itself", "/sign-in?redirect=/"],
  ])("refuses %s", (_name, target) => {
    expect(safeRedirect(target)).toBeUndefined();
  });

  it("accepts nothing when there is nothing", () => {
    expect(safeRedirect(undefined)).toBeUndefined();
  });
});
