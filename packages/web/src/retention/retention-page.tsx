import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-message.ts";
import { ERASURE_STATUSES, RETENTION_ACTIONS, type ErasureStatus } from "../api/protect-vocabulary.ts";
import type { ErasureRequest, OnlineSettings, RetentionPolicy } from "../api/types.ts";
import { useOrganisationOptions } from "../admin/use-organisation-options.ts";
import { useSession } from "../auth/session-context.tsx";
import { wholeNumber } from "../cases/case-form-values.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { pickOne } from "../forms/picklist.ts";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { useOnlineSettings, useSetOnlineSettings } from "../online/online-queries.ts";
import { AppModal } from "../ui/app-modal.tsx";
import { notifyFailure, notifySuccess } from "../ui/notify.ts";
import { QueryState } from "../ui/query-state.tsx";
import {
  useDecideErasure,
  useErasureRequests,
  useRetentionPolicy,
  useSetRetentionPolicy,
} from "./retention-queries.ts";

/** `/admin/retention`: how long closed cases are kept, and the erasure requests to decide. */
export function RetentionPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md" component="section">
        <Title order={2} size="h3" mb="xs">
          {t("retention.policyTitle")}
        </Title>
        <Text size="sm" mb="md">
          {t("retention.policyIntro")}
        </Text>
        <PolicySection />
      </Paper>
      <Paper withBorder p="md" radius="md" component="section">
        <Title order={2} size="h3" mb="xs">
          {t("retention.requestsTitle")}
        </Title>
        <Text size="sm" mb="md">
          {t("retention.requestsIntro")}
        </Text>
        <ErasureRequests />
      </Paper>
    </Stack>
  );
}

function PolicySection() {
  const { t } = useTranslation();
  const session = useSession();
  const [organisationId, setOrganisationId] = useState(session.user.organisationId);
  const organisations = useOrganisationOptions();
  const policy = useRetentionPolicy(organisationId);
  const adText = useOnlineSettings(organisationId);
  return (
    <Stack gap="md">
      {session.user.scope === "all" && (
        <Select
          label={t("retention.organisation")}
          data={organisations.options}
          value={organisationId}
          onChange={(value) => {
            if (value !== null) setOrganisationId(value);
          }}
          searchable
          allowDeselect={false}
          w={{ base: "100%", sm: 360 }}
        />
      )}
      <QueryState query={policy}>
        {(loaded) => (
          <PolicyForm key={`${loaded.organisationId}:${String(loaded.version)}`} policy={loaded} />
        )}
      </QueryState>
      <Title order={3} size="h4" mt="sm">
        {t("retention.adText.title")}
      </Title>
      <QueryState query={adText}>
        {(loaded) => (
          <AdTextForm key={`${loaded.organisationId}:${String(loaded.version)}`} settings={loaded} />
        )}
      </QueryState>
    </Stack>
  );
}

/** How long raw online ad text is kept before the daily purge (networks and hashes stay). */
function AdTextForm({ settings }: { settings: OnlineSettings }) {
  const { t } = useTranslation();
  const save = useSetOnlineSettings();
  const form = useForm<{ textRetentionDays: number | string }>({
    initialValues: { textRetentionDays: settings.textRetentionDays },
    validate: {
      textRetentionDays: (value) => {
        const days = wholeNumber(value);
        return days === null || days < 1 || days > 3650 ? t("retention.adText.daysRule") : null;
      },
    },
  });
  const errors = useServerErrors(form);
  const submit = form.onSubmit((values) => {
    const days = wholeNumber(values.textRetentionDays);
    if (days === null) return;
    errors.clearProblem();
    save.mutate(
      { organisationId: settings.organisationId, textRetentionDays: days },
      {
        onSuccess: () => {
          notifySuccess(t("retention.saved"));
        },
        onError: errors.handleError,
      },
    );
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" data-testid="ad-text-retention-current">
          {t(settings.isDefault ? "retention.adText.currentDefault" : "retention.adText.current", {
            count: settings.textRetentionDays,
          })}
        </Text>
        <NumberInput
          label={t("retention.adText.days")}
          description={t("retention.adText.daysRule")}
          min={1}
          max={3650}
          allowDecimal={false}
          required
          w={{ base: "100%", sm: 240 }}
          {...form.getInputProps("textRetentionDays")}
        />
        <FormProblemAlert problem={errors.problem} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PolicyForm({ policy }: { policy: RetentionPolicy }) {
  const { t } = useTranslation();
  const save = useSetRetentionPolicy();
  const form = useForm<{ closedCaseDays: number | string; action: string }>({
    initialValues: { closedCaseDays: policy.closedCaseDays ?? 1825, action: policy.action ?? "anonymise" },
    validate: {
      closedCaseDays: (value) => {
        const days = wholeNumber(value);
        return days === null || days < 30 ? t("retention.daysRule") : null;
      },
    },
  });
  const errors = useServerErrors(form);
  const submit = form.onSubmit((values) => {
    const days = wholeNumber(values.closedCaseDays);
    const action = pickOne(RETENTION_ACTIONS, values.action);
    if (days === null || action === null) return;
    errors.clearProblem();
    save.mutate(
      { closedCaseDays: days, action, organisationId: policy.organisationId },
      {
        onSuccess: () => {
          notifySuccess(t("retention.saved"));
        },
        onError: errors.handleError,
      },
    );
  });
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" data-testid="retention-current">
          {policy.closedCaseDays === null || policy.action === null
            ? t("retention.none")
            : t("retention.current", {
                count: policy.closedCaseDays,
                action: t(`retention.actions.${policy.action}.label`),
              })}
        </Text>
        <NumberInput
          label={t("retention.closedCaseDays")}
          description={t("retention.daysRule")}
          min={30}
          max={36500}
          allowDecimal={false}
          required
          w={{ base: "100%", sm: 240 }}
          {...form.getInputProps("closedCaseDays")}
        />
        <Radio.Group label={t("retention.action")} required {...form.getInputProps("action")}>
          <Stack gap="xs" mt="xs">
            {RETENTION_ACTIONS.map((action) => (
              <Radio
                key={action}
                value={action}
                label={t(`retention.actions.${action}.label`)}
                description={t(`retention.actions.${action}.help`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Text size="sm" c="dimmed">
          {t("retention.legalHoldNote")}
        </Text>
        <FormProblemAlert problem={errors.problem} />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const STATUS_COLORS: Record<ErasureStatus, string> = {
  pending: "yellow",
  approved: "blue",
  rejected: "gray",
  done: "teal",
};

function ErasureRequests() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [status, setStatus] = useState<ErasureStatus | "all">("pending");
  const list = useErasureRequests(status === "all" ? {} : { status });
  const [deciding, setDeciding] = useState<{ request: ErasureRequest; approve: boolean } | null>(null);
  return (
    <Stack gap="sm">
      <Select
        label={t("common.status")}
        data={[
          { value: "all", label: t("retention.allStatuses") },
          ...ERASURE_STATUSES.map((value) => ({ value, label: t(`retention.statuses.${value}`) })),
        ]}
        value={status}
        onChange={(value) => {
          setStatus(value === "all" ? "all" : (pickOne(ERASURE_STATUSES, value) ?? "pending"));
        }}
        allowDeselect={false}
        w={{ base: "100%", sm: 240 }}
      />
      <QueryState query={list} isEmpty={(data) => data.items.length === 0} empty={t("retention.noRequests")}>
        {(data) => (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: "none" }}>
            {data.items.map((request) => (
              <Paper key={request.id} component="li" withBorder p="sm" radius="md">
                <Group justify="space-between" gap="xs" mb={4}>
                  <Group gap="xs">
                    <Text ff="monospace" fw={600}>
                      {request.reference ?? t("retention.erased")}
                    </Text>
                    <Badge variant="light" color={STATUS_COLORS[request.status]}>
                      {t(`retention.statuses.${request.status}`)}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t("retention.requestedAt", { date: format.dateTime(request.createdAt) })}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {request.reason}
                </Text>
                {request.decisionNote !== null && (
                  <Text size="sm" c="dimmed" mt={4}>
                    {t("retention.decisionNote", { note: request.decisionNote })}
                  </Text>
                )}
                {request.status === "pending" && (
                  <Group gap="xs" mt="xs">
                    <Button
                      size="xs"
                      color="red"
                      onClick={() => {
                        setDeciding({ request, approve: true });
                      }}
                    >
                      {t("retention.approve")}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => {
                        setDeciding({ request, approve: false });
                      }}
                    >
                      {t("retention.reject")}
                    </Button>
                  </Group>
                )}
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
      {deciding !== null && (
        <DecideDialog
          request={deciding.request}
          approve={deciding.approve}
          onClose={() => {
            setDeciding(null);
          }}
        />
      )}
    </Stack>
  );
}

function DecideDialog({
  request,
  approve,
  onClose,
}: {
  request: ErasureRequest;
  approve: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState("");
  const decide = useDecideErasure();
  return (
    <AppModal
      opened
      onClose={onClose}
      title={approve ? t("retention.approveTitle") : t("retention.rejectTitle")}
    >
      <Stack>
        {approve ? (
          <Alert color="red" variant="light">
            {t("retention.approveBody")}
          </Alert>
        ) : (
          <Text size="sm">{t("retention.rejectBody")}</Text>
        )}
        <Textarea
          label={t("retention.note")}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button
            color={approve ? "red" : "blue"}
            loading={decide.isPending}
            onClick={() => {
              decide.mutate(
                { request, approve, note },
                {
                  onSuccess: () => {
                    notifySuccess(approve ? t("retention.approved") : t("retention.rejected"));
                    onClose();
                  },
                  onError: (error) => {
                    notifyFailure(errorMessage(error, t, { conflict: "stale" }));
                    onClose();
                  },
                },
              );
            }}
          >
            {approve ? t("retention.approve") : t("retention.reject")}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
