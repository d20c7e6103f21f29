import { describe, expect, it } from "vitest";
import { mapServerFieldErrors } from "./server-field-errors.ts";

describe("mapServerFieldErrors", () => {
  const values = { token: "", organisation: { org_Name: "" }, administrator: { email: "", password: "" } };

  it("puts a detail next to the field with the same nested path", () => {
    const result = mapServerFieldErrors([{ path: "administrator.email", message: "Invalid e-mail" }], values);
    expect(result.fieldErrors).toEqual({ "administrator.email": "Invalid e-mail" });
    expect(result.unmatched).toEqual([]);
  });

  it("keeps details for unknown paths for the general message", () => {
    const detail = { path: "administrator.phone", message: "Not allowed" };
    const result = mapServerFieldErrors([detail, { path: "", message: "Bad body" }], values);
    expect(result.fieldErrors).toEqual({});
    expect(result.unmatched).toEqual([detail, { path: "", message: "Bad body" }]);
  });

  it("joins several messages for one field", () => {
    const result = mapServerFieldErrors(
      [
        { path: "administrator.password", message: "Too short." },
        { path: "administrator.password", message: "Too common." },
      ],
      values,
    );
    expect(result.fieldErrors).toEqual({ "administrator.password": "Too short. Too common." });
  });

  it("maps a body path onto a differently named field", () => {
    const result = mapServerFieldErrors(
      [{ path: "newPassword", message: "Too common" }],
      { password: "" },
      {
        newPassword: "password",
      },
    );
    expect(result.fieldErrors).toEqual({ password: "Too common" });
  });

  it("does not treat inherited properties as fields", () => {
    const result = mapServerFieldErrors([{ path: "toString", message: "x" }], values);
    expect(result.unmatched).toHaveLength(1);
  });
});
