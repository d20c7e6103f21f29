import { Text, type MantineSize } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { QueryError } from "../shell/query-error.tsx";
import { LoadingState } from "./loading-state.tsx";

type EmptyProps<TData> =
  | {
      /** Whether the loaded data has nothing to show; `empty` is shown instead of `children`. */
      isEmpty: (data: TData) => boolean;
      empty: string;
      emptySize?: MantineSize;
    }
  | { isEmpty?: never; empty?: never; emptySize?: never };

type QueryStateProps<TData> = EmptyProps<TData> & {
  /** A plain or infinite TanStack query. */
  query: UseQueryResult<TData>;
  children: (data: TData) => ReactNode;
};

/** What a page shows for a query: a loader, the error with a retry, the empty text, or the data. */
export function QueryState<TData>({ query, isEmpty, empty, emptySize, children }: QueryStateProps<TData>) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <QueryError
        error={query.error}
        onRetry={() => {
          void query.refetch();
        }}
      />
    );
  }
  if (isEmpty?.(query.data) === true) {
    return <Text {...(emptySize === undefined ? {} : { size: emptySize })}>{empty}</Text>;
  }
  return children(query.data);
}
