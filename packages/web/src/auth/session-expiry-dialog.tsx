import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-message.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { AppModal } from "../ui/app-modal.tsx";
import { expireSession, signOut } from "./session-lifecycle.ts";
import { refreshSession } from "./session-loader.ts";
import { useSessionState } from "./use-session-state.ts";

/** How long before the end the user is warned. */
const WARNING_MS = 60_000;

/**
 * Watches the session's deadlines: warns a minute before the end, and on the end leaves for
 * the sign-in page. Timers can fire late after the device slept, so focus re-checks the clock.
 */
export function SessionExpiryDialog() {
  const { t } = useTranslation();
  const format = useFormatters();
  const state = useSessionState();
  const deadline = state.status === "signed-in" ? state.idleDeadline : null;
  const finalDeadline = state.status === "signed-in" && state.idleDeadline >= state.absoluteDeadline;
  const [warnedFor, setWarnedFor] = useState<number | null>(null);

  useEffect(() => {
    if (deadline === null) return;
    const check = () => {
      if (Date.now() >= deadline) expireSession();
    };
    const now = Date.now();
    const warn = setTimeout(
      () => {
        setWarnedFor(deadline);
      },
      Math.max(0, deadline - WARNING_MS - now),
    );
    const end = setTimeout(check, Math.max(0, deadline - now));
    window.addEventListener("focus", check);
    document.addEventListener("visibilitychange", check);
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
      window.removeEventListener("focus", check);
      document.removeEventListener("visibilitychange", check);
    };
  }, [deadline]);

  const stay = useMutation({ mutationFn: refreshSession });
  const opened = deadline !== null && warnedFor === deadline;
  const dismiss = () => {
    setWarnedFor(null);
  };

  return (
    <AppModal
      opened={opened}
      onClose={
        finalDeadline
          ? dismiss
          : () => {
              stay.mutate();
            }
      }
      title={t("auth.expiry.title")}
      centered
      closeOnClickOutside={false}
      withCloseButton={false}
      data-testid="session-expiry"
    >
      <Stack>
        <Text>
          {finalDeadline
            ? t("auth.expiry.finalBody", { time: format.time(deadline ?? 0) })
            : t("auth.expiry.idleBody", { time: format.time(deadline ?? 0) })}
        </Text>
        {stay.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(stay.error, t)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              void signOut();
            }}
          >
            {t("shell.signOut")}
          </Button>
          {finalDeadline ? (
            <Button onClick={dismiss}>{t("common.ok")}</Button>
          ) : (
            <Button
              loading={stay.isPending}
              onClick={() => {
                stay.mutate();
              }}
              data-autofocus
            >
              {t("auth.expiry.stay")}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}
