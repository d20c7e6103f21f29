import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { CreateUserRequest, UpdateUserRequest, User, UserQuery } from "../api/types.ts";

export function useUserList(query: UserQuery) {
  return useQuery({
    queryKey: queryKeys.userList(query),
    queryFn: () => api.listUsers(query),
    placeholderData: keepPreviousData,
  });
}

function useInvalidateUsers() {
  const queryClient = useQueryClient();
  // Roles show how many users hold them.
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.users }),
      queryClient.invalidateQueries({ queryKey: queryKeys.roles }),
    ]);
}

export function useCreateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: (body: CreateUserRequest) => api.createUser(body),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserRequest }) => api.updateUser(id, body),
    onSuccess: invalidate,
  });
}

/** Sets a new initial password; the form stays open on failure, so only success refreshes. */
export function useResetUserPassword() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ user, password }: { user: User; password: string }) =>
      api.resetUserPassword(user.id, { version: user.version, password }),
    onSuccess: invalidate,
  });
}

/** The account actions that only need a confirmation. */
export type UserAction = "deactivate" | "reactivate" | "resetSecondFactor" | "unlock";

function callUserAction(action: UserAction, user: User): Promise<User> {
  const body = { version: user.version };
  switch (action) {
    case "deactivate":
      return api.deactivateUser(user.id, body);
    case "reactivate":
      return api.reactivateUser(user.id, body);
    case "resetSecondFactor":
      return api.resetUserSecondFactor(user.id, body);
    case "unlock":
      return api.unlockUser(user.id, body);
  }
}

export function useUserAction() {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: ({ action, user }: { action: UserAction; user: User }) => callUserAction(action, user),
    // A stale version also means the list is out of date.
    onSettled: invalidate,
  });
}
