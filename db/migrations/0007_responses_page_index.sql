DROP INDEX `responses_unit_date_idx`;--> statement-breakpoint
CREATE INDEX `responses_unit_date_id_idx` ON `responses` (`unit_id`,`local_date`,`id`);