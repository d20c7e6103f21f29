import { Badge, Paper, Table, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../auth/session-context.tsx";
import { LANGUAGES } from "../i18n/languages.ts";

export function MyDetailsCard() {
  const { t } = useTranslation();
  const { user } = useSession();
  const language = LANGUAGES.find((candidate) => candidate.code === user.language)?.name ?? user.language;
  const rows: [string, ReactNode][] = [
    [t("users.fields.fullName"), user.fullName],
    [t("users.fields.email"), user.email],
    [t("users.fields.organisation"), user.organisationName],
    [t("users.fields.role"), user.roleName],
    [t("roles.fields.scope"), t(`roles.scopes.${user.scope}.label`)],
    [t("users.fields.language"), language],
    [
      t("account.secondFactor"),
      <Badge key="mfa" variant="light" color={user.mfaEnabled ? "teal" : "yellow"}>
        {user.mfaEnabled ? t("users.mfaOn") : t("users.mfaOff")}
      </Badge>,
    ],
  ];
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t("account.detailsTitle")}
      </Title>
      <Table variant="vertical" layout="fixed" withTableBorder={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={{ base: 120, xs: 180 }}>
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: "anywhere" }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
