CREATE TABLE "stats_synthetic" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dataset_id" uuid NOT NULL,
	"title" text NOT NULL,
	"method" text NOT NULL,
	"parameters" jsonb NOT NULL,
	"attributes" jsonb NOT NULL,
	"records" integer NOT NULL,
	"rows" "bytea" NOT NULL,
	"utility" jsonb NOT NULL,
	"risk" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "stats_synthetic" ADD CONSTRAINT "stats_synthetic_dataset_id_stats_dataset_id_fk" FOREIGN KEY ("dataset_id") REFERENCES "public"."stats_dataset"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stats_synthetic" ADD CONSTRAINT "stats_synthetic_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stats_synthetic_dataset" ON "stats_synthetic" USING btree ("dataset_id","created_at");