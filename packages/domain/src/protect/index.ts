export * from "./vocabulary.ts";
export * from "./nrm.ts";
export * from "./dates.ts";
export * from "./match-keys.ts";
export * from "./case-input.ts";
