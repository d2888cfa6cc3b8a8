CREATE TABLE `answers` (
	`response_id` text NOT NULL,
	`instrument` text NOT NULL,
	`item` text NOT NULL,
	`value` integer NOT NULL,
	PRIMARY KEY(`response_id`, `item`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`time_zone` text DEFAULT 'Asia/Jakarta' NOT NULL,
	`settings` text DEFAULT '{}' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_unique` ON `organizations` (`slug`);--> statement-breakpoint
CREATE TABLE `rate_buckets` (
	`key` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_buckets_expires_idx` ON `rate_buckets` (`expires_at`);--> statement-breakpoint
CREATE TABLE `responses` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`service_id` text,
	`touchpoint_id` text NOT NULL,
	`local_date` text NOT NULL,
	`submitted_at` integer NOT NULL,
	`lang` text NOT NULL,
	`age` text,
	`gender` text,
	`education` text,
	`occupation` text,
	`steered` integer,
	`comment` text,
	`nonce` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`touchpoint_id`) REFERENCES `touchpoints`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `responses_nonce_unique` ON `responses` (`nonce`);--> statement-breakpoint
CREATE INDEX `responses_unit_date_idx` ON `responses` (`unit_id`,`local_date`);--> statement-breakpoint
CREATE TABLE `rollup_item_daily` (
	`unit_id` text NOT NULL,
	`local_date` text NOT NULL,
	`instrument` text NOT NULL,
	`item` text NOT NULL,
	`value` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `local_date`, `item`, `value`)
);
--> statement-breakpoint
CREATE TABLE `rollup_score_daily` (
	`unit_id` text NOT NULL,
	`local_date` text NOT NULL,
	`instrument` text NOT NULL,
	`respondents` integer NOT NULL,
	`score_sum` integer NOT NULL,
	`score_sq_sum` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `local_date`, `instrument`)
);
--> statement-breakpoint
CREATE TABLE `rollup_unit_daily` (
	`unit_id` text NOT NULL,
	`local_date` text NOT NULL,
	`respondents` integer NOT NULL,
	`steered_yes` integer NOT NULL,
	`steered_answered` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `local_date`)
);
--> statement-breakpoint
CREATE TABLE `services` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`name` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_unit_name_idx` ON `services` (`unit_id`,`name`);--> statement-breakpoint
CREATE TABLE `touchpoints` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`service_id` text,
	`code` text NOT NULL,
	`label` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `touchpoints_code_unique` ON `touchpoints` (`code`);--> statement-breakpoint
CREATE INDEX `touchpoints_unit_idx` ON `touchpoints` (`unit_id`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`parent_id` text,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`population` integer,
	`time_zone` text,
	`settings` text DEFAULT '{}' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_code_unique` ON `units` (`code`);--> statement-breakpoint
CREATE INDEX `units_org_idx` ON `units` (`org_id`);--> statement-breakpoint
CREATE INDEX `units_parent_idx` ON `units` (`parent_id`);