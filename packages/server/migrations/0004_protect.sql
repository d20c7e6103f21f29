CREATE TABLE "case_comment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"author_id" uuid,
	"author_organisation_id" uuid,
	"cco_case_comment_enc" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_person" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"per_role_in_process" text[],
	"per_role_details_enc" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_task" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"title_enc" text NOT NULL,
	"due_on" date NOT NULL,
	"assignee_id" uuid NOT NULL,
	"done_at" timestamp (3) with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "htcds_case" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"screening_id" uuid,
	"cas_status" text NOT NULL,
	"cas_reason_for_case_closure_enc" text,
	"cas_case_owner" uuid,
	"cas_referring_organisation" uuid,
	"cas_incoming_referral_date" date,
	"cas_referring_primary_case_worker" uuid,
	"cas_reason_for_incoming_referral" text,
	"cas_incoming_referral_details_enc" text,
	"cas_referred_organisation" uuid,
	"cas_referred_primary_case_worker" uuid,
	"cas_reason_for_outgoing_referral" text,
	"cas_outgoing_referral_date" date,
	"cas_outgoing_referral_details_enc" text,
	"vic_trafficking_status" text,
	"vic_trafficking_status_decision_making_org" text,
	"vic_relationship_to_trafficker" text,
	"vic_age_when_trafficked" integer,
	"vic_recruitment_websites_and_apps" text[],
	"vic_method_of_recruitment" text[],
	"vic_location_of_recruitment" uuid,
	"vic_methods_of_control" text[],
	"vic_type_of_exploitation" text[],
	"vic_forced_labour_industry" text,
	"vic_type_of_sex_exploitation" text[],
	"vic_location_of_exploitation" uuid,
	"vic_exploitation_websites_and_apps" text[],
	"nrm_country" text NOT NULL,
	"nrm_stage" text NOT NULL,
	"nrm_stage_since" date NOT NULL,
	"reflection_period_ends" date,
	"registered_on" date NOT NULL,
	"closed_on" date,
	"legal_hold" boolean DEFAULT false NOT NULL,
	"anonymised_at" timestamp (3) with time zone,
	"created_by" uuid,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"con_consent" boolean NOT NULL,
	"purposes" text[] NOT NULL,
	"given_on" date NOT NULL,
	"recorded_by" uuid,
	"withdrawn_on" date,
	"withdrawn_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "criminal_proceeding" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"case_person_id" uuid,
	"stage" text NOT NULL,
	"investigation_opened_on" date,
	"charged_on" date,
	"charges" text[] NOT NULL,
	"prosecuted_on" date,
	"trial_started_on" date,
	"verdict" text,
	"verdict_on" date,
	"sentence_months" integer,
	"compensation_claimed_cents" bigint,
	"compensation_awarded_cents" bigint,
	"currency" text,
	"victim_is_witness" boolean DEFAULT false NOT NULL,
	"protection_measures" text[] NOT NULL,
	"notes_enc" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "erasure_request" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"reason_enc" text NOT NULL,
	"status" text NOT NULL,
	"requested_by" uuid,
	"decided_by" uuid,
	"decided_at" timestamp (3) with time zone,
	"decision_note_enc" text,
	"carried_out_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nrm_pathway" (
	"country" text PRIMARY KEY NOT NULL,
	"stages" jsonb NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_match_key" (
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "person_match_key_person_id_kind_hash_pk" PRIMARY KEY("person_id","kind","hash")
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"prs_salutation_enc" text,
	"prs_first_name_enc" text,
	"prs_middle_name_enc" text,
	"prs_second_name_enc" text,
	"prs_birthdate_enc" text,
	"prs_gender" text,
	"prs_deceased" boolean,
	"prs_marital_status" text,
	"prs_number_of_children" integer,
	"prs_primary_language" text,
	"prs_secondary_language" text,
	"prs_highest_level_of_education" text,
	"prs_citizenship" text[],
	"prs_identity_number_enc" text,
	"prs_title_enc" text,
	"prs_email_enc" text,
	"prs_home_phone_enc" text,
	"prs_mobile_phone_enc" text,
	"prs_mailing_city_enc" text,
	"prs_mailing_country" text,
	"prs_mailing_state_enc" text,
	"prs_mailing_street_enc" text,
	"prs_mailing_postal_code_enc" text,
	"prs_mailing_longitude_enc" text,
	"prs_mailing_latitude_enc" text,
	"birth_year" integer,
	"created_by" uuid,
	"anonymised_at" timestamp (3) with time zone,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"service_offer_id" uuid,
	"service_type" text NOT NULL,
	"consent_id" uuid,
	"best_interests_reason_enc" text,
	"parts" text[] NOT NULL,
	"message_enc" text,
	"status" text NOT NULL,
	"response_note_enc" text,
	"grant_id" uuid,
	"created_by" uuid,
	"responded_by" uuid,
	"responded_at" timestamp (3) with time zone,
	"ended_by" uuid,
	"ended_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_policy" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"closed_case_days" integer NOT NULL,
	"action" text NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_offer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service_type" text NOT NULL,
	"languages" text[] NOT NULL,
	"groups_served" text[] NOT NULL,
	"capacity" integer,
	"region" text NOT NULL,
	"description" text,
	"active" boolean DEFAULT true NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_plan" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"spl_objectives_enc" text,
	"spl_action_plan_enc" text,
	"spl_planned_end_date" date,
	"spl_actual_end_date" date,
	"spl_type" text,
	"start_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trafficking_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"hte_longitude" double precision,
	"hte_latitude" double precision,
	"hte_city" text,
	"hte_country" text,
	"hte_state" text,
	"hte_street_enc" text,
	"hte_postal_code_enc" text,
	"hte_date" date,
	"hte_type" text,
	"hte_description_enc" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_comment" ADD CONSTRAINT "case_comment_case_id_htcds_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."htcds_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_comment" ADD CONSTRAINT "case_comment_author_id_app_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_comment" ADD CONSTRAINT "case_comment_author_organisation_id_organisation_id_fk" FOREIGN KEY ("author_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_person" ADD CONSTRAINT "case_person_case_id_htcds_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."htcds_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_person" ADD CONSTRAINT "case_person_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_case_id_htcds_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."htcds_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_assignee_id_app_user_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_task" ADD CONSTRAINT "case_task_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "htcds_case" ADD CONSTRAINT "htcds_case_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "htcds_case" ADD CONSTRAINT "htcds_case_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "htcds_case" ADD CONSTRAINT "htcds_case_screening_id_screening_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screening"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "htcds_case" ADD CONSTRAINT "htcds_case_cas_case_owner_app_user_id_fk" FOREIGN KEY ("cas_case_owner") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "htcds_case" ADD CONSTRAINT "htcds_case_cas_referring_organisation_organisation_id_fk" FOREIGN KEY ("cas_referring_organisation") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "htcds_case" ADD CONSTRAINT "htcds_case_cas_referring_primary_case_worker_person_id_fk" FOREIGN KEY ("cas_referring_primary_case_worker") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "htcds_case" ADD CONSTRAINT "htcds_case_cas_referred_organisation_organisation_id_fk" FOREIGN KEY ("cas_referred_organisation") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "htcds_case" ADD CONSTRAINT "htcds_case_cas_referred_primary_case_worker_person_id_fk" FOREIGN KEY ("cas_referred_primary_case_worker") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "htcds_case" ADD CONSTRAINT "htcds_case_vic_location_of_recruitment_organisation_id_fk" FOREIGN KEY ("vic_location_of_recruitment") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "htcds_case" ADD CONSTRAINT "htcds_case_vic_location_of_exploitation_organisation_id_fk" FOREIGN KEY ("vic_location_of_exploitation") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "htcds_case" ADD CONSTRAINT "htcds_case_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_case_id_htcds_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."htcds_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent" ADD CONSTRAINT "consent_withdrawn_by_app_user_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_proceeding" ADD CONSTRAINT "criminal_proceeding_case_id_htcds_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."htcds_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criminal_proceeding" ADD CONSTRAINT "criminal_proceeding_case_person_id_case_person_id_fk" FOREIGN KEY ("case_person_id") REFERENCES "public"."case_person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_request" ADD CONSTRAINT "erasure_request_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_request" ADD CONSTRAINT "erasure_request_requested_by_app_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "erasure_request" ADD CONSTRAINT "erasure_request_decided_by_app_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nrm_pathway" ADD CONSTRAINT "nrm_pathway_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_match_key" ADD CONSTRAINT "person_match_key_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_match_key" ADD CONSTRAINT "person_match_key_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_case_id_htcds_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."htcds_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_from_organisation_id_organisation_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_to_organisation_id_organisation_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_service_offer_id_service_offer_id_fk" FOREIGN KEY ("service_offer_id") REFERENCES "public"."service_offer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_consent_id_consent_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consent"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_responded_by_app_user_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral" ADD CONSTRAINT "referral_ended_by_app_user_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_policy" ADD CONSTRAINT "retention_policy_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_policy" ADD CONSTRAINT "retention_policy_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_offer" ADD CONSTRAINT "service_offer_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_plan" ADD CONSTRAINT "support_plan_case_id_htcds_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."htcds_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trafficking_event" ADD CONSTRAINT "trafficking_event_case_id_htcds_case_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."htcds_case"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_comment_case" ON "case_comment" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_person_case" ON "case_person" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_task_case" ON "case_task" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_task_assignee" ON "case_task" USING btree ("assignee_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "htcds_case_reference" ON "htcds_case" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "htcds_case_org" ON "htcds_case" USING btree ("organisation_id","cas_status");--> statement-breakpoint
CREATE INDEX "htcds_case_owner" ON "htcds_case" USING btree ("cas_case_owner");--> statement-breakpoint
CREATE INDEX "htcds_case_person" ON "htcds_case" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "consent_case" ON "consent" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "criminal_proceeding_case" ON "criminal_proceeding" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "erasure_request_org" ON "erasure_request" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE INDEX "person_match_key_hash" ON "person_match_key" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "person_org" ON "person" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "referral_case" ON "referral" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "referral_to" ON "referral" USING btree ("to_organisation_id","status");--> statement-breakpoint
CREATE INDEX "referral_from" ON "referral" USING btree ("from_organisation_id","status");--> statement-breakpoint
CREATE INDEX "service_offer_type" ON "service_offer" USING btree ("service_type","active");--> statement-breakpoint
CREATE INDEX "service_offer_org" ON "service_offer" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "support_plan_case" ON "support_plan" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "trafficking_event_case" ON "trafficking_event" USING btree ("case_id");