/**
 * Logs never hold personal data: no cookies, tokens or bodies, and only the route pattern
 * (never the query string, which may carry a searched name).
 */
export function loggerOptions(level: string) {
  return {
    level,
    redact: {
      paths: [
        "req.headers.cookie",
        "req.headers.authorization",
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
      ],
      censor: "[redacted]",
    },
    serializers: {
      req: (req: { id: string; method: string; routeOptions?: { url?: string | undefined } }) => ({
        id: req.id,
        method: req.method,
        route: req.routeOptions?.url ?? "(unmatched)",
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}
