/**
 * Accepts a post-sign-in target only when it is a path on this site, so that a crafted link
 * cannot send a freshly signed-in user elsewhere.
 */
export function safeRedirect(target: string | undefined): string | undefined {
  if (target === undefined || !target.startsWith("/") || target.startsWith("//")) return undefined;
  if (target.includes("\\") || /\p{Cc}/u.test(target)) return undefined;
  if (target === "/sign-in" || target.startsWith("/sign-in?") || target.startsWith("/sign-in/"))
    return undefined;
  return target;
}
