import { Group, Radio, Stack, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { CONSENT_PURPOSES } from "../api/protect-vocabulary.ts";
import { PicklistCheckboxes } from "../forms/picklist-inputs.tsx";

/** A consent as a form holds it: given or refused, for which purposes, on which day. */
export interface ConsentFormValues {
  given: "yes" | "no";
  purposes: string[];
  givenOn: string;
}

/** The consent fields under `consent.`, as the request names them. */
export function ConsentInputs<V extends { consent: ConsentFormValues }>({
  form,
}: {
  form: UseFormReturnType<V>;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Radio.Group label={t("cases.consent.given")} {...form.getInputProps("consent.given")}>
        <Group gap="md" mt="xs">
          <Radio value="yes" label={t("cases.consent.givenYes")} />
          <Radio value="no" label={t("cases.consent.givenNo")} />
        </Group>
      </Radio.Group>
      <PicklistCheckboxes
        label={t("cases.consent.purposes")}
        values={CONSENT_PURPOSES}
        labelOf={(value) => t(`protect.consentPurposes.${value}`)}
        {...form.getInputProps("consent.purposes")}
      />
      <TextInput
        type="date"
        label={t("cases.consent.givenOn")}
        required
        w={{ base: "100%", xs: 240 }}
        {...form.getInputProps("consent.givenOn")}
      />
    </Stack>
  );
}
