import { Button, Stack, Text } from "@mantine/core";
import { IconSend } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Case } from "../../api/types.ts";
import { RevokeAction } from "../../referrals/referral-actions.tsx";
import { ReferralCard } from "../../referrals/referral-card.tsx";
import { useCaseReferrals } from "../../referrals/referral-queries.ts";
import { ReferForm } from "../../referrals/refer-form.tsx";
import { AppModal } from "../../ui/app-modal.tsx";
import { QueryState } from "../../ui/query-state.tsx";
import { TabSection } from "./tab-section.tsx";

/** The referrals made for this case, and the action to refer it. */
export function ReferralsTab({ caseView, canRefer }: { caseView: Case; canRefer: boolean }) {
  const { t } = useTranslation();
  const [referring, setReferring] = useState(false);
  const referrals = useCaseReferrals(caseView.id);
  const closed = caseView.status === "Closed" || caseView.status === "ClosedReferred";
  return (
    <TabSection
      title={t("cases.tabs.referrals")}
      actions={
        canRefer && (
          <Button
            size="xs"
            leftSection={<IconSend size={14} aria-hidden />}
            onClick={() => {
              setReferring(true);
            }}
            disabled={closed}
            data-testid="refer-case"
          >
            {t("referrals.refer.action")}
          </Button>
        )
      }
    >
      {closed && canRefer && <Text size="sm">{t("referrals.refer.closedCase")}</Text>}
      <QueryState
        query={referrals}
        isEmpty={(data) => data.items.length === 0}
        empty={t("referrals.emptyCase")}
      >
        {(data) => (
          <Stack
            gap="sm"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: "none" }}
            data-testid="case-referrals"
          >
            {data.items.map((referral) => (
              <ReferralCard
                key={referral.id}
                referral={referral}
                linkToCase={false}
                actions={canRefer ? <RevokeAction referral={referral} /> : undefined}
              />
            ))}
          </Stack>
        )}
      </QueryState>
      <AppModal
        opened={referring}
        onClose={() => {
          setReferring(false);
        }}
        title={t("referrals.refer.title", { reference: caseView.reference })}
        size="lg"
      >
        {referring && (
          <ReferForm
            caseView={caseView}
            onDone={() => {
              setReferring(false);
            }}
          />
        )}
      </AppModal>
    </TabSection>
  );
}
