import { useTranslation } from "react-i18next";
import classes from "./skip-link.module.css";

/** Lets keyboard users jump over the header and navigation. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className={classes.link} href="#main-content">
      {t("shell.skipToContent")}
    </a>
  );
}
