export * from "./vocabulary.ts";
export * from "./catalogue.ts";
export * from "./htcds-picklists.ts";
export * from "./rules.ts";
export * from "./answers.ts";
export * from "./decision.ts";
export * from "./catalogues/ilo-ec-2009.ts";
