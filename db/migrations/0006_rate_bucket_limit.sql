-- Rate counters live for one window (minutes): they are dropped, not copied, as the table gains its limit.
DROP TABLE `rate_buckets`;--> statement-breakpoint
CREATE TABLE `rate_buckets` (
	`key` text PRIMARY KEY NOT NULL,
	`count` integer NOT NULL,
	`max` integer NOT NULL,
	`expires_at` integer NOT NULL,
	CONSTRAINT "rate_bucket_within_max" CHECK("count" <= "max")
);
--> statement-breakpoint
CREATE INDEX `rate_buckets_expires_idx` ON `rate_buckets` (`expires_at`);
