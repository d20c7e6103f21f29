import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { queryKeys } from "../api/query-keys.ts";
import type { NrmPathway, NrmStage } from "../api/types.ts";
import { useNrmPathways } from "../cases/case-queries.ts";
import { stageLabel } from "../cases/stage-label.ts";
import { DEFAULT_STAGES, withDefaultPathway } from "../cases/stage-options.ts";
import { CountrySelect } from "../forms/country-select.tsx";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { countryName } from "../i18n/country-names.ts";
import { AppModal } from "../ui/app-modal.tsx";
import { FormActions } from "../ui/form-actions.tsx";
import { notifySuccess } from "../ui/notify.ts";
import { QueryState } from "../ui/query-state.tsx";
import { AdminSectionHeader } from "./admin-section-header.tsx";
import { keyFromLabel, toStageRows, toStages, type StageRow } from "./pathway-form-values.ts";

/** Whom a pathway is for: a country, or every country without its own (`*`). */
function usePathwayName() {
  const { t, i18n } = useTranslation();
  return (country: string) =>
    country === "*" ? t("pathways.defaultPathway") : countryName(country, i18n.language);
}

/** `/admin/pathways`: the stages of the National Referral Mechanism, per country. */
export function PathwaysPage() {
  const { t } = useTranslation();
  const pathways = useNrmPathways();
  const name = usePathwayName();
  const [editing, setEditing] = useState<NrmPathway | "new" | null>(null);
  const close = () => {
    setEditing(null);
  };
  const existing = (pathways.data?.items ?? []).map((pathway) => pathway.country);
  return (
    <>
      <AdminSectionHeader
        title={t("pathways.title")}
        createLabel={t("pathways.create")}
        onCreate={() => {
          setEditing("new");
        }}
      />
      <Text size="sm" mb="md">
        {t("pathways.intro")}
      </Text>
      <QueryState query={pathways}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {withDefaultPathway(data.items).map((pathway) => (
              <Paper key={pathway.country} withBorder p="md" radius="md" component="section">
                <Group justify="space-between" mb="xs">
                  <Title order={3} size="h4">
                    {name(pathway.country)}
                  </Title>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => {
                      setEditing(pathway);
                    }}
                    aria-label={t("common.editThing", { thing: name(pathway.country) })}
                  >
                    {t("common.edit")}
                  </Button>
                </Group>
                <List type="ordered" size="sm" spacing={4}>
                  {pathway.stages.map((stage) => (
                    <List.Item key={stage.key}>
                      {stageLabel(t, stage.key, stage.label)}{" "}
                      {stage.reflection === true && (
                        <Badge size="xs" variant="light" color="violet">
                          {t("pathways.reflection")}
                        </Badge>
                      )}
                    </List.Item>
                  ))}
                </List>
              </Paper>
            ))}
          </SimpleGrid>
        )}
      </QueryState>
      <AppModal
        opened={editing !== null}
        onClose={close}
        title={
          editing === null || editing === "new"
            ? t("pathways.create")
            : t("pathways.edit", { name: name(editing.country) })
        }
        size="xl"
      >
        {editing !== null && (
          <PathwayForm
            country={editing === "new" ? null : editing.country}
            stages={editing === "new" ? DEFAULT_STAGES : editing.stages}
            taken={existing}
            onDone={close}
          />
        )}
      </AppModal>
    </>
  );
}

interface PathwayFormValues {
  country: string | null;
  stages: StageRow[];
}

function PathwayForm({
  country,
  stages,
  taken,
  onDone,
}: {
  country: string | null;
  stages: readonly NrmStage[];
  taken: readonly string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<PathwayFormValues>({
    initialValues: { country, stages: toStageRows(stages) },
    validate: {
      country: (value) =>
        value === null
          ? t("forms.required")
          : country === null && taken.includes(value)
            ? t("pathways.exists")
            : null,
      stages: {
        key: (value) => (/^[a-z][a-z0-9_]{1,39}$/.test(value.trim()) ? null : t("pathways.keyRule")),
        label: (value) => (value.trim() === "" ? t("forms.required") : null),
      },
    },
  });
  const errors = useServerErrors(form);
  const save = useMutation({
    mutationFn: ({ target, rows }: { target: string; rows: StageRow[] }) =>
      api.setNrmPathway(target, { stages: toStages(rows) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.nrmPathways }),
  });
  const submit = form.onSubmit((values) => {
    if (values.country === null) return;
    errors.clearProblem();
    save.mutate(
      { target: values.country, rows: values.stages },
      {
        onSuccess: () => {
          notifySuccess(t("pathways.saved"));
          onDone();
        },
        onError: errors.handleError,
      },
    );
  });
  const rows = form.values.stages;
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        {country === null && (
          <CountrySelect label={t("pathways.country")} required {...form.getInputProps("country")} />
        )}
        <Text size="sm">{t("pathways.stagesHelp")}</Text>
        <Stack gap="sm" component="ol" p={0} m={0} style={{ listStyle: "none" }}>
          {rows.map((row, index) => (
            <Paper key={index} component="li" withBorder p="sm" radius="md">
              <Group align="flex-end" gap="xs" wrap="wrap">
                <Text fw={700} w={24} aria-hidden>
                  {index + 1}.
                </Text>
                <TextInput
                  label={t("pathways.label")}
                  style={{ flex: "2 1 220px" }}
                  {...form.getInputProps(`stages.${String(index)}.label`)}
                  onBlur={() => {
                    if (row.key === "")
                      form.setFieldValue(`stages.${String(index)}.key`, keyFromLabel(row.label));
                  }}
                />
                <TextInput
                  label={t("pathways.key")}
                  spellCheck={false}
                  style={{ flex: "1 1 160px" }}
                  {...form.getInputProps(`stages.${String(index)}.key`)}
                />
                <Checkbox
                  label={t("pathways.reflection")}
                  mb={8}
                  {...form.getInputProps(`stages.${String(index)}.reflection`, { type: "checkbox" })}
                />
                <Group gap={4} mb={4}>
                  <ActionIcon
                    variant="subtle"
                    disabled={index === 0}
                    onClick={() => {
                      form.reorderListItem("stages", { from: index, to: index - 1 });
                    }}
                    aria-label={t("pathways.moveUp", { number: index + 1 })}
                  >
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    disabled={index === rows.length - 1}
                    onClick={() => {
                      form.reorderListItem("stages", { from: index, to: index + 1 });
                    }}
                    aria-label={t("pathways.moveDown", { number: index + 1 })}
                  >
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    disabled={rows.length <= 2}
                    onClick={() => {
                      form.removeListItem("stages", index);
                    }}
                    aria-label={t("pathways.remove", { number: index + 1 })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => {
              form.insertListItem("stages", { key: "", label: "", reflection: false });
            }}
            disabled={rows.length >= 30}
          >
            {t("pathways.addStage")}
          </Button>
        </Group>
        <FormProblemAlert problem={errors.problem} />
        <FormActions saving={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
