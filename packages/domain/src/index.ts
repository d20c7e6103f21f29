export * from "./access/permissions.ts";
export * from "./access/roles.ts";
export * from "./access/policy.ts";
export * from "./access/password-policy.ts";
export * from "./errors.ts";
export * from "./text.ts";
export * from "./htcds/organisation.ts";
export * from "./screening/index.ts";
