import { notifications } from "@mantine/notifications";
import i18next from "i18next";

function show(color: "teal" | "red", message: string): void {
  notifications.show({
    color,
    message,
    // Failures stay until dismissed: they may need reading twice.
    autoClose: color === "red" ? false : 5000,
    closeButtonProps: { "aria-label": i18next.t("common.close") },
  });
}

/** A short confirmation that an action succeeded. */
export function notifySuccess(message: string): void {
  show("teal", message);
}

/** An action failed (outside a form, which shows its own problem). */
export function notifyFailure(message: string): void {
  show("red", message);
}
