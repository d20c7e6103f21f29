import type { Actor } from "@ariadne/domain";

/** Who is acting and from where; built once per request at the edge and passed to use-cases. */
export interface RequestContext {
  readonly actor: Actor | null;
  readonly clientAddress: string | null;
}

/** For the CLI and jobs: actions taken by the system itself. */
export const SYSTEM_CONTEXT: RequestContext = { actor: null, clientAddress: null };
