import { Alert, Button, List } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { FormProblem } from "./use-server-errors.ts";

interface FormProblemAlertProps {
  problem: FormProblem | null;
  /** Offered when the record changed meanwhile (409 on a stale version). */
  onReload?: () => void;
}

export function FormProblemAlert({ problem, onReload }: FormProblemAlertProps) {
  const { t } = useTranslation();
  if (problem === null) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
      {problem.message}
      {problem.details.length > 0 && (
        <List size="sm" mt="xs">
          {problem.details.map((detail) => (
            <List.Item key={`${detail.path}:${detail.message}`}>
              {detail.path === "" ? detail.message : `${detail.path}: ${detail.message}`}
            </List.Item>
          ))}
        </List>
      )}
      {problem.stale && onReload !== undefined && (
        <Button size="xs" variant="white" color="red" mt="sm" onClick={onReload}>
          {t("common.reload")}
        </Button>
      )}
    </Alert>
  );
}
