import { describe, expect, it } from "vitest";
import { fillPath } from "./typed-http.ts";

describe("fillPath", () => {
  it("puts encoded parameters into the contract path", () => {
    expect(fillPath("/api/users/{id}/reset-password", { id: "a/b c" })).toBe(
      "/api/users/a%2Fb%20c/reset-password",
    );
  });

  it("leaves a path without placeholders as it is", () => {
    expect(fillPath("/api/users")).toBe("/api/users");
  });

  it("refuses to build a path with a parameter missing", () => {
    expect(() => fillPath("/api/users/{id}", {})).toThrow(/id/);
  });
});
