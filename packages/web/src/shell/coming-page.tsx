import { Alert, Text } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../ui/page-header.tsx";
import type { PartKey } from "./parts.ts";

export type ComingPartKey = Extract<PartKey, "prevent">;

/** The honest page of a part built in later work: what it will do, and that it is not here yet. */
export function ComingPage({ part }: { part: ComingPartKey }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`parts.${part}.name`)} />
      <Text mb="md">{t(`parts.${part}.summary`)}</Text>
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} data-testid="coming">
        {t("coming.notYetAvailable")}
      </Alert>
    </>
  );
}
