import { Button, Radio, Stack, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconGavel } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Network } from "../api/types.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { pickOne } from "../forms/picklist.ts";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { notifySuccess } from "../ui/notify.ts";
import { useDecideNetwork } from "./online-queries.ts";
import { DECISIONS } from "./online-vocabulary.ts";

interface DecisionValues {
  decision: string;
  reason: string;
}

/**
 * The analyst's decision on a network — escalate to law enforcement, monitor, dismiss — with
 * the reason, which is kept encrypted and is part of the evidence package. A stale read (the
 * network changed meanwhile) is refused; the form offers to reload it.
 */
export function DecisionForm({ network, onReload }: { network: Network; onReload: () => void }) {
  const { t } = useTranslation();
  const decide = useDecideNetwork(network.id);
  const form = useForm<DecisionValues>({
    initialValues: { decision: "", reason: "" },
    validate: {
      decision: (value) => (pickOne(DECISIONS, value) === null ? t("forms.required") : null),
      reason: (value) => (value.trim().length < 3 ? t("online.decision.reasonRequired") : null),
    },
  });
  const errors = useServerErrors(form, { conflict: "stale" });
  const submit = form.onSubmit((values) => {
    const decision = pickOne(DECISIONS, values.decision);
    if (decision === null) return;
    errors.clearProblem();
    decide.mutate(
      { version: network.version, decision, reason: values.reason.trim() },
      {
        onSuccess: (updated) => {
          notifySuccess(t(`online.decision.done.${decision}`, { reference: updated.reference }));
          form.reset();
        },
        onError: errors.handleError,
      },
    );
  });
  return (
    <form noValidate onSubmit={submit} data-testid="decision-form">
      <Stack gap="sm">
        <Radio.Group label={t("online.decision.label")} required {...form.getInputProps("decision")}>
          <Stack gap="xs" mt="xs">
            {DECISIONS.map((decision) => (
              <Radio
                key={decision}
                value={decision}
                label={t(`online.decision.options.${decision}.label`)}
                description={t(`online.decision.options.${decision}.description`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t("online.decision.reason")}
          description={t("online.decision.reasonHelp")}
          required
          autosize
          minRows={3}
          maxLength={2000}
          {...form.getInputProps("reason")}
        />
        <FormProblemAlert
          problem={errors.problem}
          onReload={() => {
            errors.clearProblem();
            onReload();
          }}
        />
        <Button type="submit" loading={decide.isPending} leftSection={<IconGavel size={18} aria-hidden />}>
          {t("online.decision.submit")}
        </Button>
      </Stack>
    </form>
  );
}
