export interface HttpResponse<T> {
  status: number;
  body: T;
}

/** A browser-like client over real HTTP (fetch): keeps the session cookie and sends the CSRF header on writes. */
export class HttpSession {
  cookie: string | undefined;
  csrf: string | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs = 15_000,
  ) {}

  async request<T = Record<string, unknown>>(
    method: "GET" | "POST",
    path: string,
    body?: unknown,
  ): Promise<HttpResponse<T>> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(this.cookie ? { cookie: `ariadne_session=${this.cookie}` } : {}),
        ...(this.csrf && method !== "GET" ? { "x-csrf-token": this.csrf } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    for (const header of res.headers.getSetCookie()) {
      const match = /^ariadne_session=([^;]*)/.exec(header);
      if (match) this.cookie = match[1] || undefined;
    }
    const text = await res.text();
    const parsed = (res.headers.get("content-type")?.includes("json") && text ? JSON.parse(text) : {}) as T;
    const csrf =
      (parsed as { csrfToken?: unknown; session?: { csrfToken?: unknown } }).csrfToken ??
      (parsed as { session?: { csrfToken?: unknown } }).session?.csrfToken;
    if (typeof csrf === "string" && csrf) this.csrf = csrf;
    return { status: res.status, body: parsed };
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>("GET", path);
  }

  post<T = Record<string, unknown>>(path: string, body: unknown = {}) {
    return this.request<T>("POST", path, body);
  }
}
