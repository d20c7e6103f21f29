import { Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { IconCheck, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-message.ts";
import type { Referral } from "../api/types.ts";
import { AppModal } from "../ui/app-modal.tsx";
import { ConfirmDialog } from "../ui/confirm-dialog.tsx";
import { notifyFailure, notifySuccess } from "../ui/notify.ts";
import { useRespondToReferral, useRevokeReferral } from "./referral-queries.ts";

/** Accept or decline a pending referral sent to the reader's organisation, with a note. */
export function RespondActions({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<"accept" | "decline" | null>(null);
  const [note, setNote] = useState("");
  const respond = useRespondToReferral();
  if (referral.status !== "pending") return null;
  const close = () => {
    setAnswer(null);
    setNote("");
  };
  const submit = () => {
    if (answer === null) return;
    const trimmed = note.trim();
    respond.mutate(
      { referral, body: { accept: answer === "accept", ...(trimmed === "" ? {} : { note: trimmed }) } },
      {
        onSuccess: () => {
          notifySuccess(
            answer === "accept"
              ? t("referrals.accepted", { reference: referral.reference })
              : t("referrals.declined", { reference: referral.reference }),
          );
          close();
        },
        onError: (error) => {
          notifyFailure(errorMessage(error, t, { conflict: "stale" }));
          close();
        },
      },
    );
  };
  return (
    <>
      <Button
        size="xs"
        leftSection={<IconCheck size={14} aria-hidden />}
        onClick={() => {
          setAnswer("accept");
        }}
        aria-label={t("referrals.acceptThing", { reference: referral.reference })}
      >
        {t("referrals.accept")}
      </Button>
      <Button
        size="xs"
        variant="default"
        leftSection={<IconX size={14} aria-hidden />}
        onClick={() => {
          setAnswer("decline");
        }}
        aria-label={t("referrals.declineThing", { reference: referral.reference })}
      >
        {t("referrals.decline")}
      </Button>
      <AppModal
        opened={answer !== null}
        onClose={close}
        title={
          answer === "accept"
            ? t("referrals.acceptTitle", { reference: referral.reference })
            : t("referrals.declineTitle", { reference: referral.reference })
        }
      >
        <Stack>
          <Text size="sm">
            {answer === "accept"
              ? t("referrals.acceptBody", {
                  parts:
                    referral.parts.length === 0
                      ? t("referrals.summaryOnly")
                      : referral.parts.map((part) => t(`protect.parts.${part}`)).join(", "),
                })
              : t("referrals.declineBody")}
          </Text>
          <Textarea
            label={t("referrals.note")}
            autosize
            minRows={3}
            value={note}
            onChange={(event) => {
              setNote(event.currentTarget.value);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button
              color={answer === "accept" ? "blue" : "red"}
              loading={respond.isPending}
              onClick={submit}
              data-testid="confirm-response"
            >
              {answer === "accept" ? t("referrals.accept") : t("referrals.decline")}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}

/** Withdraw a referral the reader's organisation made; the access it gave ends at once. */
export function RevokeAction({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const revoke = useRevokeReferral();
  if (referral.status !== "pending" && referral.status !== "accepted") return null;
  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="red"
        onClick={() => {
          setConfirming(true);
        }}
        aria-label={t("referrals.revokeThing", { organisation: referral.to.name })}
      >
        {t("referrals.revoke")}
      </Button>
      <ConfirmDialog
        opened={confirming}
        title={t("referrals.revokeTitle")}
        confirmLabel={t("referrals.revoke")}
        danger
        loading={revoke.isPending}
        onCancel={() => {
          setConfirming(false);
        }}
        onConfirm={() => {
          revoke.mutate(referral, {
            onSuccess: () => {
              notifySuccess(t("referrals.revoked"));
              setConfirming(false);
            },
            onError: (error) => {
              notifyFailure(errorMessage(error, t, { conflict: "stale" }));
              setConfirming(false);
            },
          });
        }}
      >
        {t("referrals.revokeBody", { organisation: referral.to.name })}
      </ConfirmDialog>
    </>
  );
}
