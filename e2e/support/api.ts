import { generate } from "otplib";

/** A minimal API client for preparing e2e data: keeps the session cookie and CSRF token. */
export class ApiSession {
  private cookie = "";
  private csrf = "";

  constructor(private readonly base: string) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== "GET" ? { "x-csrf-token": this.csrf } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) this.cookie = setCookie.split(";")[0] ?? "";
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    const json = (text ? JSON.parse(text) : {}) as T & {
      csrfToken?: string;
      session?: { csrfToken?: string };
    };
    const csrf = json.csrfToken ?? json.session?.csrfToken;
    if (csrf) this.csrf = csrf;
    return json;
  }

  /** Finishes enrolment for a session at the mfa_enrolment step; returns the TOTP secret. */
  async enrol(): Promise<string> {
    const { secret } = await this.call<{ secret: string }>("POST", "/api/auth/mfa/enrolment", {});
    await this.call("POST", "/api/auth/mfa/enrolment/confirm", { code: await generate({ secret }) });
    return secret;
  }
}
