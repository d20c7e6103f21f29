import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { isApiError } from "../api/api-error.ts";
import { NotFoundPage } from "../shell/message-page.tsx";
import { QueryState } from "./query-state.tsx";

interface RecordQueryStateProps<TData> {
  query: UseQueryResult<TData>;
  children: (data: TData) => ReactNode;
}

/** `QueryState` for the one record a page shows: a record that is not there is the not-found page. */
export function RecordQueryState<TData>({ query, children }: RecordQueryStateProps<TData>) {
  if (isApiError(query.error) && query.error.status === 404) return <NotFoundPage />;
  return <QueryState query={query}>{children}</QueryState>;
}
