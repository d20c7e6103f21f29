import { Modal, type ModalProps } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";

/** Mantine's Modal with a translated name on its close button, full screen on phones. */
export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 36em)");
  return <Modal closeButtonProps={{ "aria-label": t("common.close") }} fullScreen={phone} {...props} />;
}
