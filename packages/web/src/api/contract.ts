/**
 * Type lookups into the generated OpenAPI contract (`schema.d.ts`): what an endpoint takes
 * and returns, by path and method. Nothing here exists at runtime.
 */
import type { components, paths } from "./schema.d.ts";

/** The named schemas of the contract (`components.schemas`). */
export type Schemas = components["schemas"];

export type ApiPath = keyof paths;
export type ApiMethod = "get" | "post" | "put" | "patch" | "delete";

/** The operation at `P` for `M`; `never` when the server has no such operation. */
export type Operation<P extends ApiPath, M extends ApiMethod> = Exclude<paths[P][M], undefined>;

/** The paths that answer `M`. */
export type PathWith<M extends ApiMethod> = {
  [P in ApiPath]: [Operation<P, M>] extends [never] ? never : P;
}[ApiPath];

type JsonOf<T> = T extends { content: { "application/json": infer Body } } ? Body : never;

/** The JSON request body of an operation; `never` when it takes none. */
export type RequestBody<P extends ApiPath, M extends ApiMethod> = JsonOf<Operation<P, M>["requestBody"]>;

type Responses<P extends ApiPath, M extends ApiMethod> = Operation<P, M>["responses"];

/** The JSON body of an operation's success response (200 or 201). */
export type ResponseBody<P extends ApiPath, M extends ApiMethod> = JsonOf<
  Responses<P, M>[Extract<keyof Responses<P, M>, 200 | 201>]
>;

/** The path parameters of an operation (`{ id: string }`), or `undefined` when it has none. */
export type PathParams<P extends ApiPath, M extends ApiMethod> = Operation<P, M>["parameters"]["path"];

/** The query-string parameters of an operation; `never` when it takes none. */
export type QueryParams<P extends ApiPath, M extends ApiMethod = "get"> = NonNullable<
  Operation<P, M>["parameters"]["query"]
>;
