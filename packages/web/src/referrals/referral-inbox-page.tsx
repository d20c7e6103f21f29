import { Group, SegmentedControl, Select, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { REFERRAL_STATUSES } from "../api/protect-vocabulary.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { pickOne } from "../forms/picklist.ts";
import { PageHeader } from "../ui/page-header.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { RespondActions, RevokeAction } from "./referral-actions.tsx";
import { ReferralCard } from "./referral-card.tsx";
import { useReferralList } from "./referral-queries.ts";
import type { ReferralBox, ReferralSearch } from "./referral-search.ts";

interface ReferralInboxPageProps {
  search: ReferralSearch;
  onSearchChange: (next: ReferralSearch) => void;
}

/** `/referrals`: referrals sent to the reader's organisation (to answer) and those it sent. */
export function ReferralInboxPage({ search, onSearchChange }: ReferralInboxPageProps) {
  const { t } = useTranslation();
  const session = useSession();
  const boxes: ReferralBox[] = [
    ...(hasPermission(session, "referral.respond") ? (["incoming"] as const) : []),
    ...(hasPermission(session, "referral.create") ? (["outgoing"] as const) : []),
  ];
  const box = search.box !== undefined && boxes.includes(search.box) ? search.box : (boxes[0] ?? "incoming");
  // Incoming opens on what waits for an answer; outgoing on everything.
  const status = search.status ?? (box === "incoming" ? "pending" : "all");
  const list = useReferralList({ box, ...(status === "all" ? {} : { status }) }, boxes.length > 0);

  return (
    <>
      <PageHeader title={t("referrals.title")} description={t("referrals.intro")} />
      <Group mb="md" align="flex-end" gap="sm">
        {boxes.length > 1 && (
          <SegmentedControl
            aria-label={t("referrals.box")}
            value={box}
            onChange={(value) => {
              onSearchChange({ box: value === "outgoing" ? "outgoing" : "incoming" });
            }}
            data={boxes.map((value) => ({ value, label: t(`referrals.boxes.${value}`) }))}
          />
        )}
        <Select
          label={t("common.status")}
          data={[
            { value: "all", label: t("referrals.allStatuses") },
            ...REFERRAL_STATUSES.map((value) => ({ value, label: t(`protect.referralStatuses.${value}`) })),
          ]}
          value={status}
          onChange={(value) => {
            const chosen = value === "all" ? "all" : (pickOne(REFERRAL_STATUSES, value) ?? undefined);
            onSearchChange({ box, ...(chosen === undefined ? {} : { status: chosen }) });
          }}
          allowDeselect={false}
          w={{ base: "100%", xs: 220 }}
        />
      </Group>
      <QueryState
        query={list}
        isEmpty={(data) => data.items.length === 0}
        empty={box === "incoming" ? t("referrals.emptyIncoming") : t("referrals.emptyOutgoing")}
      >
        {(data) => (
          <Stack
            gap="sm"
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: "none" }}
            data-testid={`referrals-${box}`}
          >
            {data.items.map((referral) => (
              <ReferralCard
                key={referral.id}
                referral={referral}
                linkToCase={box === "outgoing" || referral.status === "accepted"}
                actions={
                  box === "incoming" ? (
                    <RespondActions referral={referral} />
                  ) : (
                    <RevokeAction referral={referral} />
                  )
                }
              />
            ))}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
