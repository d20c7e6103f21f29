import { useNavigate } from "@tanstack/react-router";
import { useCallback } from "react";
import type { SessionView } from "../api/types.ts";
import { adoptProfileLanguage } from "../i18n/i18n.ts";
import { redirectSearch } from "./route-guards.ts";
import { safeRedirect } from "./safe-redirect.ts";
import { storeSession } from "./session-store.ts";
import { stagePath } from "./stage-paths.ts";

/**
 * After any step of signing in (password, second factor, enrolment, password change, setup):
 * keep the new session and go where its stage says, finally to the page the user asked for.
 */
export function useContinueSignIn(): (session: SessionView, redirect: string | undefined) => void {
  const navigate = useNavigate();
  return useCallback(
    (session: SessionView, redirect: string | undefined) => {
      storeSession(session);
      adoptProfileLanguage(session.user.language);
      const path = stagePath(session.stage);
      if (path === null) void navigate({ href: safeRedirect(redirect) ?? "/", replace: true });
      else void navigate({ to: path, search: redirectSearch(redirect), replace: true });
    },
    [navigate],
  );
}
