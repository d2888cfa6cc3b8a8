CREATE TABLE `outbox_events` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`unit_id` text,
	`type` text NOT NULL,
	`data` text NOT NULL,
	`created_at` integer NOT NULL,
	`dispatched_at` integer
);
--> statement-breakpoint
CREATE INDEX `outbox_events_pending_idx` ON `outbox_events` (`created_at`) WHERE dispatched_at IS NULL;--> statement-breakpoint
CREATE TABLE `response_flags` (
	`response_id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`local_date` text NOT NULL,
	`reasons` text NOT NULL,
	`status` text DEFAULT 'baru' NOT NULL,
	`follow_up_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer,
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `response_flags_unit_idx` ON `response_flags` (`unit_id`,`status`,`local_date`);--> statement-breakpoint
CREATE TABLE `unit_digests` (
	`unit_id` text NOT NULL,
	`day` text NOT NULL,
	`sent_at` integer NOT NULL,
	`recipients` integer NOT NULL,
	`flagged` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `day`)
);
--> statement-breakpoint
CREATE TABLE `user_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`purpose` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `user_tokens_user_idx` ON `user_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`event_id` text NOT NULL,
	`webhook_id` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`delivered_at` integer,
	`last_status` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`event_id`, `webhook_id`)
);
--> statement-breakpoint
CREATE INDEX `webhook_deliveries_due_idx` ON `webhook_deliveries` (`next_attempt_at`) WHERE delivered_at IS NULL;--> statement-breakpoint
CREATE TABLE `webhooks` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`unit_id` text,
	`url` text NOT NULL,
	`secret` text NOT NULL,
	`events` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`disabled_at` integer,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `webhooks_org_idx` ON `webhooks` (`org_id`);--> statement-breakpoint
-- libSQL's ALTER COLUMN: answers collected elsewhere reach no QR code. It only rewrites the schema, so a
-- million-row responses table is not rebuilt (drizzle-kit generated a copy-and-rename here).
ALTER TABLE `responses` ALTER COLUMN `touchpoint_id` TO `touchpoint_id` text REFERENCES touchpoints(id);--> statement-breakpoint
ALTER TABLE `responses` ADD `channel` text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `entered_by` text;--> statement-breakpoint
CREATE INDEX `responses_offline_idx` ON `responses` (`unit_id`,`local_date`) WHERE channel <> 'online';--> statement-breakpoint
ALTER TABLE `follow_ups` ADD `overdue_notified_at` integer;--> statement-breakpoint
ALTER TABLE `services` ADD `deactivated_at` integer;--> statement-breakpoint
ALTER TABLE `units` ADD `deactivated_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;