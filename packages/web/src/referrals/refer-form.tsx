import { Alert, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle, IconCircleCheck, IconSend } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { CASE_PARTS, SERVICE_TYPES } from "../api/protect-vocabulary.ts";
import type { Case, ServiceOffer } from "../api/types.ts";
import { hasPermission } from "../auth/permissions.ts";
import { useSession } from "../auth/session-context.tsx";
import { localIsoDay } from "../cases/local-day.ts";
import { FormProblemAlert } from "../forms/form-problem-alert.tsx";
import { PicklistCheckboxes, PicklistSelect } from "../forms/picklist-inputs.tsx";
import { pickAll, pickOne } from "../forms/picklist.ts";
import { useServerErrors } from "../forms/use-server-errors.ts";
import { languageName } from "../i18n/language-names.ts";
import { useFormatters } from "../i18n/use-formatters.ts";
import { useServiceList } from "../services/service-queries.ts";
import { FormActions } from "../ui/form-actions.tsx";
import { notifySuccess } from "../ui/notify.ts";
import { useReferCase } from "./referral-queries.ts";
import { referralRequirement, type ReferralRequirement } from "./referral-requirement.ts";

interface ReferFormValues {
  serviceType: string | null;
  serviceOfferId: string | null;
  parts: string[];
  message: string;
  bestInterestsReason: string;
}

/** What a referral rests on, said plainly before anything is shared. */
function RequirementAlert({ requirement }: { requirement: ReferralRequirement }) {
  const { t } = useTranslation();
  const format = useFormatters();
  switch (requirement.kind) {
    case "consent":
      return (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          data-testid="referral-consent-ok"
        >
          {t("referrals.refer.consentOk", { date: format.date(requirement.consent.givenOn) })}
        </Alert>
      );
    case "childOverride":
      return (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {requirement.mayOverride
            ? t("referrals.refer.childOverride")
            : t("referrals.refer.childNoPermission")}
        </Alert>
      );
    case "missing":
      return (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          data-testid="referral-consent-missing"
        >
          {t("referrals.refer.consentMissing")}
        </Alert>
      );
  }
}

/** Refer the case to an organisation of the services directory, sharing only the parts ticked. */
export function ReferForm({ caseView, onDone }: { caseView: Case; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const requirement = referralRequirement(
    caseView,
    hasPermission(session, "referral.override_consent"),
    localIsoDay(),
  );
  const blocked =
    requirement.kind === "missing" || (requirement.kind === "childOverride" && !requirement.mayOverride);
  const form = useForm<ReferFormValues>({
    initialValues: {
      serviceType: null,
      serviceOfferId: null,
      parts: [],
      message: "",
      bestInterestsReason: "",
    },
    validate: {
      serviceType: (value) => (value === null ? t("forms.required") : null),
      serviceOfferId: (value) => (value === null ? t("referrals.refer.chooseOffer") : null),
      bestInterestsReason: (value) =>
        requirement.kind === "childOverride" && value.trim() === "" ? t("forms.required") : null,
    },
  });
  const errors = useServerErrors(form, { aliases: { toOrganisationId: "serviceOfferId" } });
  const serviceType = pickOne(SERVICE_TYPES, form.values.serviceType);
  const offers = useServiceList(serviceType === null ? {} : { serviceType }, serviceType !== null);
  const choices = (offers.data?.items ?? []).filter(
    (offer) => offer.active && offer.organisation.id !== caseView.organisation.id,
  );
  const refer = useReferCase(caseView.id);

  const submit = form.onSubmit((values) => {
    const type = pickOne(SERVICE_TYPES, values.serviceType);
    const offer = choices.find((candidate) => candidate.id === values.serviceOfferId);
    if (type === null || offer === undefined || blocked) return;
    errors.clearProblem();
    const message = values.message.trim();
    const reason = values.bestInterestsReason.trim();
    refer.mutate(
      {
        toOrganisationId: offer.organisation.id,
        serviceType: type,
        serviceOfferId: offer.id,
        parts: pickAll(CASE_PARTS, values.parts),
        ...(message === "" ? {} : { message }),
        ...(requirement.kind === "childOverride" && reason !== "" ? { bestInterestsReason: reason } : {}),
      },
      {
        onSuccess: (referral) => {
          notifySuccess(t("referrals.refer.sent", { organisation: referral.to.name }));
          onDone();
        },
        onError: errors.handleError,
      },
    );
  });

  const offerLabel = (offer: ServiceOffer) =>
    [
      offer.region,
      offer.languages.map((code) => languageName(code, i18n.language)).join(", "),
      offer.groupsServed.map((group) => t(`protect.groups.${group}`)).join(", "),
      offer.capacity === null ? null : t("services.capacityValue", { count: offer.capacity }),
    ]
      .filter((part) => part !== null && part !== "")
      .join(" · ");

  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <RequirementAlert requirement={requirement} />
        <PicklistSelect
          label={t("referrals.refer.serviceType")}
          values={SERVICE_TYPES}
          labelOf={(value) => t(`protect.serviceTypes.${value}`)}
          required
          {...form.getInputProps("serviceType")}
          onChange={(value) => {
            form.setFieldValue("serviceType", value);
            form.setFieldValue("serviceOfferId", null);
          }}
        />
        {serviceType !== null && (
          <Radio.Group
            label={t("referrals.refer.organisation")}
            description={t("referrals.refer.organisationHelp")}
            required
            {...form.getInputProps("serviceOfferId")}
          >
            {offers.isPending ? (
              <Text size="sm" mt="xs">
                {t("common.loading")}
              </Text>
            ) : choices.length === 0 ? (
              <Text size="sm" mt="xs" c="dimmed">
                {t("referrals.refer.noOffers")}
              </Text>
            ) : (
              <Stack gap="xs" mt="xs" data-testid="offer-choices">
                {choices.map((offer) => (
                  <Radio
                    key={offer.id}
                    value={offer.id}
                    label={offer.organisation.name}
                    description={offerLabel(offer)}
                  />
                ))}
              </Stack>
            )}
          </Radio.Group>
        )}
        <PicklistCheckboxes
          label={t("referrals.refer.parts")}
          description={t("referrals.refer.partsHelp")}
          values={CASE_PARTS}
          labelOf={(value) => t(`protect.parts.${value}`)}
          descriptionOf={(value) => t(`protect.partHelp.${value}`)}
          data-testid="referral-parts"
          {...form.getInputProps("parts")}
        />
        <Textarea
          label={t("referrals.message")}
          description={t("referrals.refer.messageHelp")}
          autosize
          minRows={3}
          {...form.getInputProps("message")}
        />
        {requirement.kind === "childOverride" && requirement.mayOverride && (
          <Textarea
            label={t("referrals.bestInterestsReason")}
            description={t("referrals.refer.bestInterestsHelp")}
            required
            autosize
            minRows={3}
            {...form.getInputProps("bestInterestsReason")}
          />
        )}
        <FormProblemAlert problem={errors.problem} />
        <FormActions
          saving={refer.isPending}
          onCancel={onDone}
          submitLabel={t("referrals.refer.send")}
          submitIcon={<IconSend size={16} aria-hidden />}
          submitDisabled={blocked}
          submitTestId="send-referral"
        />
      </Stack>
    </form>
  );
}
