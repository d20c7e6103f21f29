import { expect } from "vitest";
import type { AuditEntryView } from "../../src/audit/audit-service.ts";
import type { TestClient } from "./test-client.ts";

/** Audit entries matching `filters`, newest first, as an auditor reads them through the API. */
export async function auditEntries(
  auditor: TestClient,
  filters: Record<string, string> = {},
): Promise<AuditEntryView[]> {
  const query = new URLSearchParams({ limit: "500", ...filters });
  const res = await auditor.get<{ items: AuditEntryView[] }>(`/api/audit?${query.toString()}`);
  expect(res.status, res.text).toBe(200);
  return res.body.items;
}
