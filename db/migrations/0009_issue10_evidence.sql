CREATE TABLE `forums` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`period` text NOT NULL,
	`held_on` text NOT NULL,
	`notes` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `forums_unit_idx` ON `forums` (`unit_id`,`period`);--> statement-breakpoint
CREATE TABLE `publication_channels` (
	`id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`period` text NOT NULL,
	`channel` text NOT NULL,
	`online` integer NOT NULL,
	`published_on` text NOT NULL,
	`reference` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `publication_channels_unit_idx` ON `publication_channels` (`unit_id`,`period`);--> statement-breakpoint
-- The two service rollups are WITHOUT ROWID (by hand; drizzle-kit cannot say it), as rollup_month is.
CREATE TABLE `rollup_service_daily` (
	`unit_id` text NOT NULL,
	`local_date` text NOT NULL,
	`service_id` text NOT NULL,
	`measure` text NOT NULL,
	`n` integer NOT NULL,
	`total` integer NOT NULL,
	`total_sq` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `local_date`, `service_id`, `measure`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `rollup_service_month` (
	`unit_id` text NOT NULL,
	`month` text NOT NULL,
	`service_id` text NOT NULL,
	`measure` text NOT NULL,
	`n` integer NOT NULL,
	`total` integer NOT NULL,
	`total_sq` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `month`, `service_id`, `measure`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `zi_capaian` (
	`unit_id` text NOT NULL,
	`year` integer NOT NULL,
	`grade` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `year`),
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `follow_ups` ADD `quarter` integer;--> statement-breakpoint
ALTER TABLE `follow_ups` ADD `started_on` text;--> statement-breakpoint
ALTER TABLE `follow_ups` ADD `done_on` text;--> statement-breakpoint
ALTER TABLE `follow_ups` ADD `forum_id` text;--> statement-breakpoint
ALTER TABLE `services` ADD `population` integer;--> statement-breakpoint
-- Backfill per service from the responses still kept (the unit rollups keep older days without a service).
INSERT INTO `rollup_service_daily` (`unit_id`, `local_date`, `service_id`, `measure`, `n`, `total`, `total_sq`)
SELECT `unit_id`, `local_date`, coalesce(`service_id`, ''), 'respondents', count(*), 0, 0
FROM `responses` GROUP BY `unit_id`, `local_date`, coalesce(`service_id`, '');
--> statement-breakpoint
INSERT INTO `rollup_service_daily` (`unit_id`, `local_date`, `service_id`, `measure`, `n`, `total`, `total_sq`)
SELECT `unit_id`, `local_date`, coalesce(`service_id`, ''), 'steered', count(`steered`), sum(`steered` = 1), sum(`steered` = 1)
FROM `responses` WHERE `steered` IS NOT NULL GROUP BY `unit_id`, `local_date`, coalesce(`service_id`, '');
--> statement-breakpoint
INSERT INTO `rollup_service_daily` (`unit_id`, `local_date`, `service_id`, `measure`, `n`, `total`, `total_sq`)
SELECT r.`unit_id`, r.`local_date`, coalesce(r.`service_id`, ''), a.`item`, count(*), sum(a.`value`), sum(a.`value` * a.`value`)
FROM `answers` a JOIN `responses` r ON r.`id` = a.`response_id`
GROUP BY r.`unit_id`, r.`local_date`, coalesce(r.`service_id`, ''), a.`item`;
--> statement-breakpoint
INSERT INTO `rollup_service_daily` (`unit_id`, `local_date`, `service_id`, `measure`, `n`, `total`, `total_sq`)
SELECT `unit_id`, `local_date`, `service_id`, `instrument`, count(*), sum(`total`), sum(`total` * `total`)
FROM (
  SELECT r.`unit_id`, r.`local_date`, coalesce(r.`service_id`, '') AS `service_id`, a.`instrument`, sum(a.`value`) AS `total`
  FROM `answers` a JOIN `responses` r ON r.`id` = a.`response_id` GROUP BY r.`id`, a.`instrument`
) GROUP BY `unit_id`, `local_date`, `service_id`, `instrument`;
--> statement-breakpoint
INSERT INTO `rollup_service_month` (`unit_id`, `month`, `service_id`, `measure`, `n`, `total`, `total_sq`)
SELECT `unit_id`, substr(`local_date`, 1, 7), `service_id`, `measure`, sum(`n`), sum(`total`), sum(`total_sq`)
FROM `rollup_service_daily` GROUP BY `unit_id`, substr(`local_date`, 1, 7), `service_id`, `measure`;
