import { Alert, Button, Code, List, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconShieldCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../api/error-message.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { useVerifyAudit } from "./audit-queries.ts";

/** Re-checks the hash chain on the server and shows the outcome. */
export function AuditVerifyPanel() {
  const { t } = useTranslation();
  const format = useFormatters();
  const verify = useVerifyAudit();
  return (
    <Stack gap="sm" align="flex-start">
      <Button
        variant="default"
        leftSection={<IconShieldCheck size={16} aria-hidden />}
        loading={verify.isPending}
        onClick={() => {
          verify.mutate();
        }}
      >
        {t("audit.verify.button")}
      </Button>
      <div aria-live="polite" style={{ width: "100%" }}>
        {verify.isError && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(verify.error, t)}
          </Alert>
        )}
        {verify.data?.ok === true && (
          <Alert
            color="teal"
            variant="light"
            icon={<IconCircleCheck aria-hidden />}
            data-testid="audit-verify-ok"
          >
            {t("audit.verify.ok", {
              count: verify.data.checked,
              checked: format.number(verify.data.checked),
            })}
            {verify.data.head !== null && (
              <Text size="sm" mt="xs" style={{ overflowWrap: "anywhere" }}>
                {t("audit.verify.head", { seq: verify.data.head.seq })} <Code>{verify.data.head.hash}</Code>
              </Text>
            )}
          </Alert>
        )}
        {verify.data?.ok === false && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t("audit.verify.brokenTitle")}
            data-testid="audit-verify-problems"
          >
            {t("audit.verify.broken", {
              count: verify.data.problems.length,
              checked: format.number(verify.data.checked),
            })}
            <List size="sm" mt="xs">
              {verify.data.problems.map((problem) => (
                <List.Item key={`${String(problem.seq)}:${problem.kind}`}>
                  {t("audit.verify.problem", {
                    seq: problem.seq,
                    kind: t(`audit.verify.kinds.${problem.kind}`),
                    message: problem.message,
                  })}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </div>
    </Stack>
  );
}
