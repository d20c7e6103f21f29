import type {
  ApiMethod,
  ApiPath,
  PathParams,
  PathWith,
  QueryParams,
  RequestBody,
  ResponseBody,
} from "./contract.ts";
import {
  requestDownload,
  requestJson,
  requestNoContent,
  type DownloadedFile,
  type HttpMethod,
} from "./http.ts";
import { toQueryString } from "./query-string.ts";

/**
 * What a call to `P` with `M` needs: path parameters, query and body exactly when the contract
 * has them, so that a change on the server that breaks the web app fails to compile.
 */
export type CallInit<P extends ApiPath, M extends ApiMethod> = ([PathParams<P, M>] extends [undefined]
  ? { path?: never }
  : { path: PathParams<P, M> }) &
  ([QueryParams<P, M>] extends [never] ? { query?: never } : { query?: QueryParams<P, M> }) &
  ([RequestBody<P, M>] extends [never] ? { body?: never } : { body: RequestBody<P, M> }) & {
    /** See `RequestOptions.authFailureExpected`. */
    authFailureExpected?: boolean;
  };

/** `CallInit` once the types have done their work. */
interface UntypedInit {
  path?: Readonly<Record<string, string>>;
  query?: object;
  body?: unknown;
  authFailureExpected?: boolean;
}

const HTTP_METHODS = {
  get: "GET",
  post: "POST",
  put: "PUT",
  patch: "PATCH",
  delete: "DELETE",
} as const satisfies Record<ApiMethod, HttpMethod>;

/** Fills the `{name}` placeholders of a contract path, encoded. */
export function fillPath(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(value);
  });
}

function target(path: string, init: UntypedInit): string {
  return `${fillPath(path, init.path)}${toQueryString(init.query ?? {})}`;
}

function options(method: ApiMethod, init: UntypedInit) {
  return {
    method: HTTP_METHODS[method],
    ...(init.body === undefined ? {} : { body: init.body }),
    ...(init.authFailureExpected === undefined ? {} : { authFailureExpected: init.authFailureExpected }),
  };
}

/** Calls an operation that answers JSON; the result has the contract's type. */
export function call<M extends ApiMethod, P extends PathWith<M>>(
  method: M,
  path: P,
  init: CallInit<P, M>,
): Promise<ResponseBody<P, M>>;
export function call(method: ApiMethod, path: string, init: UntypedInit): Promise<unknown> {
  return requestJson(target(path, init), options(method, init));
}

/** Calls an operation that answers 204 No Content. */
export function callNoContent<M extends ApiMethod, P extends PathWith<M>>(
  method: M,
  path: P,
  init: CallInit<P, M>,
): Promise<void>;
export function callNoContent(method: ApiMethod, path: string, init: UntypedInit): Promise<void> {
  return requestNoContent(target(path, init), options(method, init));
}

/** The address of a GET operation, for a plain link (e.g. a download). */
export function href<P extends PathWith<"get">>(path: P, init: CallInit<P, "get">): string;
export function href(path: string, init: UntypedInit): string {
  return target(path, init);
}

/**
 * Sends a file as the request body of an operation that reads it raw (an import); the answer
 * is JSON of the contract's type.
 */
export function callWithFile<P extends PathWith<"post">>(
  path: P,
  init: CallInit<P, "post">,
  file: { data: Blob; contentType: string },
): Promise<ResponseBody<P, "post">>;
export function callWithFile(
  path: string,
  init: UntypedInit,
  file: { data: Blob; contentType: string },
): Promise<unknown> {
  return requestJson(target(path, init), { ...options("post", init), file });
}

/** Calls an operation that answers with a file (an export). */
export function callForFile<M extends ApiMethod, P extends PathWith<M>>(
  method: M,
  path: P,
  init: CallInit<P, M>,
): Promise<DownloadedFile>;
export function callForFile(method: ApiMethod, path: string, init: UntypedInit): Promise<DownloadedFile> {
  return requestDownload(target(path, init), options(method, init));
}
