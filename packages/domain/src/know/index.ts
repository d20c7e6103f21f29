export * from "./eurostat.ts";
