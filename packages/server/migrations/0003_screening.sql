CREATE TABLE "screening_catalogue" (
	"id" text NOT NULL,
	"version" text NOT NULL,
	"content" jsonb NOT NULL,
	"active" boolean DEFAULT false NOT NULL,
	"loaded_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screening_catalogue_id_version_pk" PRIMARY KEY("id","version")
);
--> statement-breakpoint
CREATE TABLE "screening" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"catalogue_id" text NOT NULL,
	"catalogue_version" text NOT NULL,
	"status" text NOT NULL,
	"screener_role" text NOT NULL,
	"language" text NOT NULL,
	"safety" jsonb NOT NULL,
	"preferences" jsonb NOT NULL,
	"exploitation" text,
	"pathway" text NOT NULL,
	"indicator_set" text,
	"answers" jsonb NOT NULL,
	"notes_enc" text,
	"safety_concerns_enc" text,
	"outcome" jsonb,
	"outcome_level" text,
	"demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "screening_catalogue" ADD CONSTRAINT "screening_catalogue_loaded_by_app_user_id_fk" FOREIGN KEY ("loaded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening" ADD CONSTRAINT "screening_owner_id_app_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "screening_owner" ON "screening" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "screening_org" ON "screening" USING btree ("organisation_id","status");