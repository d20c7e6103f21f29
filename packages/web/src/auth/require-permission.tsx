import type { ReactNode } from "react";
import type { Permission } from "../api/vocabulary.ts";
import { ForbiddenPage } from "../shell/message-page.tsx";
import { hasAnyPermission } from "./permissions.ts";
import { useSession } from "./session-context.tsx";

/** Shows the 403 page instead of a page whose permissions the session lacks. */
export function RequirePermission({
  anyOf,
  children,
}: {
  anyOf: readonly Permission[];
  children: ReactNode;
}) {
  const session = useSession();
  return hasAnyPermission(session, anyOf) ? children : <ForbiddenPage />;
}
