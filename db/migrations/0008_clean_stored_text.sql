-- Cleans text stored before every write went through worker/text.ts. Control characters are removed. A
-- line feed stays in multi-line fields (follow-up problem, action and evidence, comments, the privacy
-- notice); CR LF, CR, NEL and U+2028/U+2029 become a line feed there and a space elsewhere; a tab
-- becomes a space. The invisible format characters are removed: bidi embeddings, overrides and
-- isolates, the deprecated format controls, the invisible operators, the BOM and the annotation marks.
-- Then the text is trimmed. Unicode NFC cannot be done in SQL, so it applies to new writes only, as
-- does turning the other kinds of space (NBSP, ideographic space) into one in one-line fields. Tag
-- characters stay here because they are part of emoji flags; new writes remove the stray ones.
-- Published snapshots are not touched: they record what was published.
--
-- NUL: SQLite's replace() treats a pattern that starts with NUL as empty, and substr() and length()
-- stop at NUL in text. So NUL is cut out of the bytes: cast to BLOB, splice around each x'00', cast
-- back to text (test/db/clean-text-migration.test.ts checks this on libSQL).
--
-- Method: values that have a character outside printable ASCII, or a NUL, are copied with their row
-- into _clean_text, cleaned there, and written back where they changed.
CREATE TABLE _clean_text (tbl TEXT NOT NULL, col TEXT NOT NULL, rid INTEGER NOT NULL, k INTEGER, multiline INTEGER NOT NULL, orig, v, fallback);
--> statement-breakpoint
INSERT INTO _clean_text (tbl, col, rid, multiline, orig, fallback)
SELECT * FROM (
            SELECT 'organizations', 'name', rowid, 0, name AS orig, slug FROM organizations
  UNION ALL SELECT 'organizations', 'privacyNotice', rowid, 1, json_extract(settings, '$.privacyNotice'), NULL FROM organizations
    WHERE CASE WHEN json_valid(settings) THEN json_type(settings, '$.privacyNotice') = 'text' ELSE 0 END
  UNION ALL SELECT 'units', 'name', rowid, 0, name, code FROM units
  UNION ALL SELECT 'services', 'name', rowid, 0, name, 'Layanan' FROM services
  UNION ALL SELECT 'touchpoints', 'label', rowid, 0, label, code FROM touchpoints
  UNION ALL SELECT 'follow_ups', 'problem', rowid, 1, problem, '-' FROM follow_ups
  UNION ALL SELECT 'follow_ups', 'action', rowid, 1, action, '-' FROM follow_ups
  UNION ALL SELECT 'follow_ups', 'owner', rowid, 0, owner, '-' FROM follow_ups
  UNION ALL SELECT 'follow_ups', 'evidence', rowid, 1, evidence, NULL FROM follow_ups
  UNION ALL SELECT 'api_tokens', 'label', rowid, 0, label, NULL FROM api_tokens
  UNION ALL SELECT 'users', 'email', rowid, 0, email, email FROM users
  UNION ALL SELECT 'responses', 'comment', rowid, 1, comment, NULL FROM responses
  UNION ALL SELECT 'responses', 'age', rowid, 0, age, NULL FROM responses
  UNION ALL SELECT 'responses', 'gender', rowid, 0, gender, NULL FROM responses
  UNION ALL SELECT 'responses', 'education', rowid, 0, education, NULL FROM responses
  UNION ALL SELECT 'responses', 'occupation', rowid, 0, occupation, NULL FROM responses
  UNION ALL SELECT 'rollup_profile_daily', 'band', rowid, 0, band, NULL FROM rollup_profile_daily
  UNION ALL SELECT 'audit_log', 'actor', rowid, 0, actor, '-' FROM audit_log
  UNION ALL SELECT 'audit_log', 'target', rowid, 0, target, NULL FROM audit_log
  UNION ALL SELECT 'audit_log', 'detail', rowid, 0, detail, NULL FROM audit_log
) WHERE orig GLOB '*[^ -~]*' OR instr(CAST(orig AS BLOB), x'00') > 0;
--> statement-breakpoint
-- Profile categories: every label of a list, so a list that changes is written back whole and in order.
INSERT INTO _clean_text (tbl, col, rid, k, multiline, orig)
SELECT 'organizations', 'bands.' || f.key, o.rowid, e.key, 0, e.value
FROM organizations o,
  json_each(CASE WHEN NOT json_valid(o.settings) THEN '{}' WHEN json_type(o.settings, '$.profileBands') = 'object' THEN o.settings ELSE '{}' END, '$.profileBands') f,
  json_each(CASE WHEN f.type = 'array' THEN f.value ELSE '[]' END) e
WHERE e.type = 'text';
--> statement-breakpoint
UPDATE _clean_text SET v = orig;
--> statement-breakpoint
WITH RECURSIVE strip(id, b) AS (
  SELECT rowid, CAST(v AS BLOB) FROM _clean_text WHERE instr(CAST(v AS BLOB), x'00') > 0
  UNION ALL
  SELECT id, CAST(substr(b, 1, instr(b, x'00') - 1) || substr(b, instr(b, x'00') + 1) AS BLOB) FROM strip WHERE instr(b, x'00') > 0
)
UPDATE _clean_text SET v = CAST((SELECT b FROM strip WHERE strip.id = _clean_text.rowid AND instr(b, x'00') = 0) AS TEXT)
WHERE instr(CAST(v AS BLOB), x'00') > 0;
--> statement-breakpoint
-- Applied in order: line breaks first (CR LF before a lone CR), then a tab, then what is removed.
CREATE TABLE _text_replacements (i INTEGER PRIMARY KEY, ch TEXT NOT NULL, repl TEXT NOT NULL);
--> statement-breakpoint
INSERT INTO _text_replacements (ch, repl) VALUES
  (char(13, 10), char(10)), (char(13), char(10)), (char(133), char(10)), (char(8232), char(10)), (char(8233), char(10)), (char(9), ' ');
--> statement-breakpoint
-- C0 controls but tab, LF, CR; DEL and C1 but NEL; U+202A–U+202E; U+2061–U+2064; U+2066–U+206F;
-- U+FEFF; U+FFF9–U+FFFB.
INSERT INTO _text_replacements (ch, repl)
WITH RECURSIVE
  ranges(lo, hi) AS (VALUES (1, 8), (11, 12), (14, 31), (127, 132), (134, 159), (8234, 8238), (8289, 8292), (8294, 8303), (65279, 65279), (65529, 65531)),
  codes(c, hi) AS (SELECT lo, hi FROM ranges UNION ALL SELECT c + 1, hi FROM codes WHERE c < hi)
SELECT char(c), '' FROM codes;
--> statement-breakpoint
CREATE TABLE _clean_done AS
WITH RECURSIVE step(id, i, v) AS (
  SELECT rowid, 0, v FROM _clean_text
  UNION ALL
  SELECT step.id, r.i, replace(step.v, r.ch, r.repl) FROM step JOIN _text_replacements r ON r.i = step.i + 1
)
SELECT id, v FROM step WHERE i = (SELECT max(i) FROM _text_replacements);
--> statement-breakpoint
UPDATE _clean_text SET v = d.v FROM _clean_done d WHERE d.id = _clean_text.rowid;
--> statement-breakpoint
-- One line: line breaks become spaces, and runs of spaces (up to 32) become one, as new writes do.
UPDATE _clean_text SET v = replace(replace(replace(replace(replace(replace(v, char(10), ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' '), '  ', ' ')
WHERE multiline = 0;
--> statement-breakpoint
UPDATE _clean_text SET v = trim(v, ' ' || char(10));
--> statement-breakpoint
UPDATE _clean_text SET v = fallback WHERE v = '';
--> statement-breakpoint
UPDATE organizations SET name = c.v FROM _clean_text c WHERE c.tbl = 'organizations' AND c.col = 'name' AND c.rid = organizations.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE organizations SET settings = CASE WHEN c.v IS NULL THEN json_remove(settings, '$.privacyNotice') ELSE json_set(settings, '$.privacyNotice', c.v) END
FROM _clean_text c WHERE c.tbl = 'organizations' AND c.col = 'privacyNotice' AND c.rid = organizations.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE units SET name = c.v FROM _clean_text c WHERE c.tbl = 'units' AND c.col = 'name' AND c.rid = units.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE OR IGNORE services SET name = c.v FROM _clean_text c WHERE c.tbl = 'services' AND c.col = 'name' AND c.rid = services.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
-- Two services of a unit whose names differed only by what was removed: the one left over keeps its id
-- in its name, so both stay apart (responses point at them) and neither keeps the junk.
UPDATE services SET name = c.v || ' (' || services.id || ')' FROM _clean_text c
WHERE c.tbl = 'services' AND c.col = 'name' AND c.rid = services.rowid AND c.v IS NOT c.orig AND services.name IS c.orig;
--> statement-breakpoint
UPDATE touchpoints SET label = c.v FROM _clean_text c WHERE c.tbl = 'touchpoints' AND c.col = 'label' AND c.rid = touchpoints.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE follow_ups SET problem = c.v FROM _clean_text c WHERE c.tbl = 'follow_ups' AND c.col = 'problem' AND c.rid = follow_ups.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE follow_ups SET action = c.v FROM _clean_text c WHERE c.tbl = 'follow_ups' AND c.col = 'action' AND c.rid = follow_ups.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE follow_ups SET owner = c.v FROM _clean_text c WHERE c.tbl = 'follow_ups' AND c.col = 'owner' AND c.rid = follow_ups.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE follow_ups SET evidence = c.v FROM _clean_text c WHERE c.tbl = 'follow_ups' AND c.col = 'evidence' AND c.rid = follow_ups.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE api_tokens SET label = c.v FROM _clean_text c WHERE c.tbl = 'api_tokens' AND c.col = 'label' AND c.rid = api_tokens.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
-- Addresses were always checked against a plain-ASCII pattern; should a cleaned one collide, it stays as it was.
UPDATE OR IGNORE users SET email = lower(c.v) FROM _clean_text c WHERE c.tbl = 'users' AND c.col = 'email' AND c.rid = users.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE responses SET comment = c.v FROM _clean_text c WHERE c.tbl = 'responses' AND c.col = 'comment' AND c.rid = responses.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
-- A profile band is a category label chosen from the organization's list, cleaned like the list itself
-- (below), and the profile rollup with it, so counts stay equal to a recount of the responses.
UPDATE responses SET age = c.v FROM _clean_text c WHERE c.tbl = 'responses' AND c.col = 'age' AND c.rid = responses.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE responses SET gender = c.v FROM _clean_text c WHERE c.tbl = 'responses' AND c.col = 'gender' AND c.rid = responses.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE responses SET education = c.v FROM _clean_text c WHERE c.tbl = 'responses' AND c.col = 'education' AND c.rid = responses.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE responses SET occupation = c.v FROM _clean_text c WHERE c.tbl = 'responses' AND c.col = 'occupation' AND c.rid = responses.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
CREATE TABLE _clean_bands AS
SELECT r.unit_id, r.local_date, r.field, c.v AS band, sum(r.count) AS count
FROM rollup_profile_daily r JOIN _clean_text c ON c.tbl = 'rollup_profile_daily' AND c.rid = r.rowid
WHERE c.v IS NOT c.orig AND c.v IS NOT NULL
GROUP BY r.unit_id, r.local_date, r.field, c.v;
--> statement-breakpoint
DELETE FROM rollup_profile_daily WHERE rowid IN (SELECT rid FROM _clean_text WHERE tbl = 'rollup_profile_daily' AND v IS NOT orig);
--> statement-breakpoint
INSERT INTO rollup_profile_daily (unit_id, local_date, field, band, count)
SELECT unit_id, local_date, field, band, count FROM _clean_bands WHERE true
ON CONFLICT (unit_id, local_date, field, band) DO UPDATE SET count = rollup_profile_daily.count + excluded.count;
--> statement-breakpoint
UPDATE audit_log SET actor = c.v FROM _clean_text c WHERE c.tbl = 'audit_log' AND c.col = 'actor' AND c.rid = audit_log.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE audit_log SET target = c.v FROM _clean_text c WHERE c.tbl = 'audit_log' AND c.col = 'target' AND c.rid = audit_log.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
UPDATE audit_log SET detail = c.v FROM _clean_text c WHERE c.tbl = 'audit_log' AND c.col = 'detail' AND c.rid = audit_log.rowid AND c.v IS NOT c.orig;
--> statement-breakpoint
-- Each changed category list, rebuilt in its order without blanks and repeats.
UPDATE organizations SET settings = json_set(settings, '$.profileBands.age', json((
  SELECT json_group_array(v) FROM (
    SELECT v, min(k) AS k FROM _clean_text b WHERE b.tbl = 'organizations' AND b.col = 'bands.age' AND b.rid = organizations.rowid AND b.v IS NOT NULL
    GROUP BY v ORDER BY k
  )
)))
WHERE rowid IN (SELECT rid FROM _clean_text WHERE tbl = 'organizations' AND col = 'bands.age' AND v IS NOT orig);
--> statement-breakpoint
UPDATE organizations SET settings = json_set(settings, '$.profileBands.gender', json((
  SELECT json_group_array(v) FROM (
    SELECT v, min(k) AS k FROM _clean_text b WHERE b.tbl = 'organizations' AND b.col = 'bands.gender' AND b.rid = organizations.rowid AND b.v IS NOT NULL
    GROUP BY v ORDER BY k
  )
)))
WHERE rowid IN (SELECT rid FROM _clean_text WHERE tbl = 'organizations' AND col = 'bands.gender' AND v IS NOT orig);
--> statement-breakpoint
UPDATE organizations SET settings = json_set(settings, '$.profileBands.education', json((
  SELECT json_group_array(v) FROM (
    SELECT v, min(k) AS k FROM _clean_text b WHERE b.tbl = 'organizations' AND b.col = 'bands.education' AND b.rid = organizations.rowid AND b.v IS NOT NULL
    GROUP BY v ORDER BY k
  )
)))
WHERE rowid IN (SELECT rid FROM _clean_text WHERE tbl = 'organizations' AND col = 'bands.education' AND v IS NOT orig);
--> statement-breakpoint
UPDATE organizations SET settings = json_set(settings, '$.profileBands.occupation', json((
  SELECT json_group_array(v) FROM (
    SELECT v, min(k) AS k FROM _clean_text b WHERE b.tbl = 'organizations' AND b.col = 'bands.occupation' AND b.rid = organizations.rowid AND b.v IS NOT NULL
    GROUP BY v ORDER BY k
  )
)))
WHERE rowid IN (SELECT rid FROM _clean_text WHERE tbl = 'organizations' AND col = 'bands.occupation' AND v IS NOT orig);
--> statement-breakpoint
-- Sessions of accounts disabled before disabling deleted them: enabling such an account again must not revive them.
DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE disabled_at IS NOT NULL);
--> statement-breakpoint
DROP TABLE _clean_bands;
--> statement-breakpoint
DROP TABLE _clean_done;
--> statement-breakpoint
DROP TABLE _text_replacements;
--> statement-breakpoint
DROP TABLE _clean_text;
