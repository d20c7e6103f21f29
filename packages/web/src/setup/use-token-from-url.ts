import { useNavigate } from "@tanstack/react-router";
import { useEffect, useState } from "react";

/**
 * Takes the setup token out of the address bar (and so out of the browser history) and keeps
 * it in memory for the form.
 */
export function useTokenFromUrl(token: string | undefined): string {
  const navigate = useNavigate();
  const [kept] = useState(token ?? "");
  useEffect(() => {
    if (token !== undefined) void navigate({ to: "/setup", search: {}, replace: true });
  }, [token, navigate]);
  return kept;
}
