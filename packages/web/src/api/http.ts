import { ApiError, toApiError } from "./api-error.ts";

/** What the HTTP layer needs from the session layer; installed once at start-up. */
export interface HttpSessionHooks {
  /** The CSRF token of the current session, sent with every non-GET request. */
  getCsrfToken(): string | null;
  /** A request with the session cookie succeeded, so the server has slid the idle timer. */
  onActivity(): void;
  /** The server refused the session (`unauthenticated` or `second_factor_required`). */
  onAuthFailure(code: "unauthenticated" | "second_factor_required"): void;
}

let hooks: HttpSessionHooks = {
  getCsrfToken: () => null,
  onActivity: () => undefined,
  onAuthFailure: () => undefined,
};

export function installHttpSessionHooks(next: HttpSessionHooks): void {
  hooks = next;
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RequestOptions {
  method?: HttpMethod;
  body?: unknown;
  /**
   * The call itself checks credentials (sign-in, second factor, password change): a 401 is an
   * answer for the form, not a sign that the session ended.
   */
  authFailureExpected?: boolean;
  /** A file sent as it is (an import), instead of a JSON body. */
  file?: { data: Blob; contentType: string };
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? "GET";
  const headers = new Headers({ accept: "application/json" });
  if (options.body !== undefined) headers.set("content-type", "application/json");
  if (options.file !== undefined) headers.set("content-type", options.file.contentType);
  if (method !== "GET") {
    const csrf = hooks.getCsrfToken();
    if (csrf !== null) headers.set("x-csrf-token", csrf);
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      cache: "no-store",
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.file === undefined ? {} : { body: options.file.data }),
    });
  } catch (cause) {
    throw new ApiError(0, "network_error", cause instanceof Error ? cause.message : "Network error");
  }
  if (response.ok) {
    hooks.onActivity();
    return response;
  }
  const error = toApiError(response.status, await readJson(response), response.statusText);
  if (
    !options.authFailureExpected &&
    (error.code === "unauthenticated" || error.code === "second_factor_required")
  ) {
    hooks.onAuthFailure(error.code);
  }
  throw error;
}

/** Calls the API and returns the parsed JSON body. The type is the contract's, not checked here. */
export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  const body = await readJson(response);
  if (body === undefined) throw new ApiError(response.status, "unexpected_response", "Empty response");
  return body as T;
}

/** Calls an endpoint that answers 204 No Content. */
export async function requestNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

/** A file the server sends back (an export): its bytes and the name it suggests. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

function fileNameOf(disposition: string | null): string | null {
  const match = disposition === null ? null : /filename="([^"]+)"/.exec(disposition);
  return match?.[1] ?? null;
}

/** Calls an endpoint that answers with a file. */
export async function requestDownload(path: string, options: RequestOptions = {}): Promise<DownloadedFile> {
  const response = await send(path, options);
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get("content-disposition")) };
}
