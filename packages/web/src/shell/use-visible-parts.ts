import { useSession } from "../auth/session-context.tsx";
import { hasAnyPermission } from "../auth/permissions.ts";
import { PARTS, type Part } from "./parts.ts";

/** The parts whose links the session's permissions allow. */
export function useVisibleParts(): Part[] {
  const session = useSession();
  return PARTS.filter((part) => hasAnyPermission(session, part.anyOf));
}
