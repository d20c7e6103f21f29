import { Button, Menu, VisuallyHidden } from "@mantine/core";
import { IconCheck, IconLanguage } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { chooseLanguage } from "../i18n/i18n.ts";
import { LANGUAGES, matchLanguage } from "../i18n/languages.ts";

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = matchLanguage(i18n.language) ?? "en";
  const currentName = LANGUAGES.find((language) => language.code === current)?.name ?? current;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="gray" px="xs" leftSection={<IconLanguage size={18} aria-hidden />}>
          <VisuallyHidden>{t("shell.language")}: </VisuallyHidden>
          <span lang={current}>{currentName}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language.code}
            lang={language.code}
            onClick={() => {
              chooseLanguage(language.code);
            }}
            rightSection={language.code === current ? <IconCheck size={16} aria-hidden /> : null}
            aria-current={language.code === current ? "true" : undefined}
          >
            {language.name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
