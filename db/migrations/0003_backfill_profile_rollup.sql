-- Responses stored before the profile rollup existed get counted into it once, so reports and the
-- public page see every respondent's profile band. New responses are counted by the submit batch.
INSERT INTO rollup_profile_daily (unit_id, local_date, field, band, count)
SELECT unit_id, local_date, field, band, count(*) FROM (
  SELECT unit_id, local_date, 'age' AS field, age AS band FROM responses WHERE age IS NOT NULL
  UNION ALL SELECT unit_id, local_date, 'gender', gender FROM responses WHERE gender IS NOT NULL
  UNION ALL SELECT unit_id, local_date, 'education', education FROM responses WHERE education IS NOT NULL
  UNION ALL SELECT unit_id, local_date, 'occupation', occupation FROM responses WHERE occupation IS NOT NULL
) GROUP BY unit_id, local_date, field, band
ON CONFLICT DO NOTHING;
