import type { FastifyInstance } from "fastify";
import { generate } from "otplib";
import type { TestApp } from "./test-app.ts";

type Json = Record<string, unknown>;
export interface Response<T = Json> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
  text: string;
}

/** A browser-like client: keeps the session cookie and sends the CSRF header on writes. */
export class TestClient {
  cookie: string | undefined;
  csrf: string | undefined;
  bearer: string | undefined;
  totpSecret: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  async request<T = Json>(
    method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response<T>> {
    const res = await this.app.inject({
      method,
      url,
      headers: {
        ...(this.cookie ? { cookie: `ariadne_session=${this.cookie}` } : {}),
        ...(this.csrf && method !== "GET" ? { "x-csrf-token": this.csrf } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...headers,
      },
      ...(payload === undefined ? {} : { payload: payload as Json }),
    });
    const setCookie = res.cookies.find((c) => c.name === "ariadne_session");
    if (setCookie) this.cookie = setCookie.value || undefined;
    const text = res.body;
    const body = (
      res.headers["content-type"]?.toString().includes("json") && text ? JSON.parse(text) : {}
    ) as T;
    const csrf =
      (body as { csrfToken?: unknown; session?: { csrfToken?: unknown } }).csrfToken ??
      (body as { session?: { csrfToken?: unknown } }).session?.csrfToken;
    if (typeof csrf === "string" && csrf) this.csrf = csrf;
    return { status: res.statusCode, body, headers: res.headers, text };
  }

  get<T = Json>(url: string) {
    return this.request<T>("GET", url);
  }
  post<T = Json>(url: string, payload: unknown = {}) {
    return this.request<T>("POST", url, payload);
  }
  patch<T = Json>(url: string, payload: unknown) {
    return this.request<T>("PATCH", url, payload);
  }
  put<T = Json>(url: string, payload: unknown) {
    return this.request<T>("PUT", url, payload);
  }
  delete<T = Json>(url: string) {
    return this.request<T>("DELETE", url);
  }
}

/** The current TOTP code for `secret` at the test clock's time. */
export function totpCode(t: TestApp, secret: string): Promise<string> {
  return generate({ secret, epoch: Math.floor(t.clock.now().getTime() / 1000) });
}
