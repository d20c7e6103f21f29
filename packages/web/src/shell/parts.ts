import {
  IconArrowsExchange,
  IconBuildingCommunity,
  IconChartBar,
  IconFolders,
  IconLayoutDashboard,
  IconListCheck,
  IconShieldCheck,
  IconSettings,
  IconWorldSearch,
  IconHistory,
  type Icon,
} from "@tabler/icons-react";
import type { Permission } from "../api/vocabulary.ts";

export type PartKey =
  | "identify"
  | "caseload"
  | "cases"
  | "referrals"
  | "services"
  | "online"
  | "statistics"
  | "prevent"
  | "admin"
  | "audit";

export interface Part {
  key: PartKey;
  path:
    | "/identify"
    | "/caseload"
    | "/cases"
    | "/referrals"
    | "/services"
    | "/online"
    | "/statistics"
    | "/prevent"
    | "/admin"
    | "/audit";
  icon: Icon;
  /** The session needs one of these to see the part (the server checks each request anyway). */
  anyOf: readonly Permission[];
  /** Built in later work: its page says so. */
  coming: boolean;
}

export const PARTS: readonly Part[] = [
  {
    key: "identify",
    path: "/identify",
    icon: IconListCheck,
    anyOf: ["screening.create", "screening.read"],
    coming: false,
  },
  { key: "caseload", path: "/caseload", icon: IconLayoutDashboard, anyOf: ["case.read"], coming: false },
  { key: "cases", path: "/cases", icon: IconFolders, anyOf: ["case.read"], coming: false },
  {
    key: "referrals",
    path: "/referrals",
    icon: IconArrowsExchange,
    anyOf: ["referral.respond", "referral.create"],
    coming: false,
  },
  {
    key: "services",
    path: "/services",
    icon: IconBuildingCommunity,
    anyOf: ["case.read", "referral.create", "service.manage"],
    coming: false,
  },
  { key: "online", path: "/online", icon: IconWorldSearch, anyOf: ["online.read"], coming: false },
  { key: "statistics", path: "/statistics", icon: IconChartBar, anyOf: ["stats.read"], coming: false },
  { key: "prevent", path: "/prevent", icon: IconShieldCheck, anyOf: ["prevent.manage"], coming: true },
  {
    key: "admin",
    path: "/admin",
    icon: IconSettings,
    anyOf: ["organisation.manage", "user.manage", "role.manage", "nrm.configure", "retention.manage"],
    coming: false,
  },
  { key: "audit", path: "/audit", icon: IconHistory, anyOf: ["audit.read"], coming: false },
];

export function partByKey(key: PartKey): Part {
  const part = PARTS.find((candidate) => candidate.key === key);
  if (part === undefined) throw new Error(`Unknown part ${key}`);
  return part;
}
