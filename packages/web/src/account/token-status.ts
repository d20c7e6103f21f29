import type { ApiToken } from "../api/types.ts";

export type TokenStatus = "active" | "expired" | "revoked";

export function tokenStatus(token: ApiToken, now: number): TokenStatus {
  if (token.revokedAt !== null) return "revoked";
  return Date.parse(token.expiresAt) <= now ? "expired" : "active";
}
