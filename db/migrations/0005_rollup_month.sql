-- WITHOUT ROWID (by hand; drizzle-kit cannot say it): the rows are stored in key order, so reading a
-- unit's months is one contiguous, covering scan with no second lookup per row.
CREATE TABLE `rollup_month` (
	`unit_id` text NOT NULL,
	`month` text NOT NULL,
	`measure` text NOT NULL,
	`n` integer NOT NULL,
	`total` integer NOT NULL,
	`total_sq` integer NOT NULL,
	PRIMARY KEY(`unit_id`, `month`, `measure`)
) WITHOUT ROWID;
--> statement-breakpoint
-- Backfill from the daily rollups (not from raw answers): days before retention keep their counts.
INSERT INTO `rollup_month` (`unit_id`, `month`, `measure`, `n`, `total`, `total_sq`)
SELECT `unit_id`, substr(`local_date`, 1, 7), `item`, sum(`count`), sum(`value` * `count`), sum(`value` * `value` * `count`)
FROM `rollup_item_daily` GROUP BY `unit_id`, substr(`local_date`, 1, 7), `item`;
--> statement-breakpoint
INSERT INTO `rollup_month` (`unit_id`, `month`, `measure`, `n`, `total`, `total_sq`)
SELECT `unit_id`, substr(`local_date`, 1, 7), `instrument`, sum(`respondents`), sum(`score_sum`), sum(`score_sq_sum`)
FROM `rollup_score_daily` GROUP BY `unit_id`, substr(`local_date`, 1, 7), `instrument`;
--> statement-breakpoint
INSERT INTO `rollup_month` (`unit_id`, `month`, `measure`, `n`, `total`, `total_sq`)
SELECT `unit_id`, substr(`local_date`, 1, 7), 'respondents', sum(`respondents`), 0, 0
FROM `rollup_unit_daily` GROUP BY `unit_id`, substr(`local_date`, 1, 7);
--> statement-breakpoint
INSERT INTO `rollup_month` (`unit_id`, `month`, `measure`, `n`, `total`, `total_sq`)
SELECT `unit_id`, substr(`local_date`, 1, 7), 'steered', sum(`steered_answered`), sum(`steered_yes`), sum(`steered_yes`)
FROM `rollup_unit_daily` GROUP BY `unit_id`, substr(`local_date`, 1, 7) HAVING sum(`steered_answered`) > 0;
