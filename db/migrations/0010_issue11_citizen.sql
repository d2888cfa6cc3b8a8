CREATE TABLE `language_packs` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`body` text NOT NULL,
	`updated_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `language_packs_org_code_idx` ON `language_packs` (`org_id`,`code`);--> statement-breakpoint
ALTER TABLE `responses` ADD `improvement` text;--> statement-breakpoint
ALTER TABLE `touchpoints` ADD `kiosk` integer DEFAULT false NOT NULL;