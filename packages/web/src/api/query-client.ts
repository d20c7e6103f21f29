import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api-error.ts";

function shouldRetry(failureCount: number, error: unknown): boolean {
  // Client errors (4xx) will not change on a retry; network and server errors might.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
