import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at")
    .notNull()
    .default(sql`(unixepoch())`);

export const organizations = sqliteTable("organizations", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  timeZone: text("time_zone").notNull().default("Asia/Jakarta"),
  // JSON: weighting, conversion, retention, privacy text... (validated by worker/settings.ts)
  settings: text("settings").notNull().default("{}"),
  createdAt: createdAt(),
});

export const units = sqliteTable(
  "units",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id),
    parentId: text("parent_id"),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    // Service users per year, for the Krejcie–Morgan sample requirement.
    population: integer("population"),
    // Overrides the organization's zone: one instansi can span WIB, WITA and WIT.
    timeZone: text("time_zone"),
    settings: text("settings").notNull().default("{}"),
    createdAt: createdAt(),
    // A closed or merged unit: kept for its history (responses, snapshots), gone from lists and new setup.
    deactivatedAt: integer("deactivated_at"),
  },
  (t) => [index("units_org_idx").on(t.orgId), index("units_parent_idx").on(t.parentId)],
);

export const services = sqliteTable(
  "services",
  {
    id: text("id").primaryKey(),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    name: text("name").notNull(),
    // Users of this service per year: its own Krejcie–Morgan requirement when set.
    population: integer("population"),
    createdAt: createdAt(),
    deactivatedAt: integer("deactivated_at"),
  },
  (t) => [uniqueIndex("services_unit_name_idx").on(t.unitId, t.name)],
);

export const touchpoints = sqliteTable(
  "touchpoints",
  {
    id: text("id").primaryKey(),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    serviceId: text("service_id").references(() => services.id),
    code: text("code").notNull().unique(),
    label: text("label").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    // A tablet at the counter: one address, many respondents, so it has its own rate limit (KIOSK_RATE_LIMIT).
    kiosk: integer("kiosk", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("touchpoints_unit_idx").on(t.unitId)],
);

export const responses = sqliteTable(
  "responses",
  {
    id: text("id").primaryKey(),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    serviceId: text("service_id"),
    // Null for answers collected elsewhere (paper, interview, another tool): they reached no QR code.
    touchpointId: text("touchpoint_id").references(() => touchpoints.id),
    localDate: text("local_date").notNull(),
    submittedAt: integer("submitted_at").notNull(),
    lang: text("lang").notNull(),
    age: text("age"),
    gender: text("gender"),
    education: text("education"),
    occupation: text("occupation"),
    steered: integer("steered", { mode: "boolean" }),
    comment: text("comment"),
    // "Apa yang paling perlu diperbaiki?": asked only after an SKM answer of 1 or 2; same privacy rules as comment.
    improvement: text("improvement"),
    // Triage of the comment by the unit: baru (new) → dibaca (read) → ditindaklanjuti (followed up).
    commentStatus: text("comment_status").notNull().default("baru"),
    // Set when staff redacted personal data a respondent typed; the original text is not kept anywhere.
    commentRedactedAt: integer("comment_redacted_at"),
    // The visit token's nonce: a replayed token hits this unique index and is never counted twice.
    nonce: text("nonce").notNull().unique(),
    // online (QR form, kiosk, API) or where answers collected elsewhere came from: paper, interview, other.
    channel: text("channel").notNull().default("online"),
    // The operator who typed in a paper questionnaire (users.id); null for online answers and CLI imports.
    enteredBy: text("entered_by"),
  },
  (t) => [
    // With the id, a page of a unit's responses in (date, id) order is a seek, however deep into the year.
    index("responses_unit_date_id_idx").on(t.unitId, t.localDate, t.id),
    // The few answers collected elsewhere, so indices "without them" subtract them without scanning the rest.
    index("responses_offline_idx")
      .on(t.unitId, t.localDate)
      .where(sql`channel <> 'online'`),
  ],
);

/**
 * Perlu perhatian: a response that is a warning sign (an SKM answer of 1, steered = ya, red-flag words),
 * written in the same batch as the response. Triage: baru → dilihat → ditangani → selesai.
 */
export const responseFlags = sqliteTable(
  "response_flags",
  {
    responseId: text("response_id")
      .primaryKey()
      .references(() => responses.id),
    unitId: text("unit_id").notNull(),
    localDate: text("local_date").notNull(),
    // JSON array of reason codes: skm_1, steered, words (web/text-flags names them).
    reasons: text("reasons").notNull(),
    status: text("status").notNull().default("baru"),
    followUpId: text("follow_up_id"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at"),
  },
  (t) => [index("response_flags_unit_idx").on(t.unitId, t.status, t.localDate)],
);

export const answers = sqliteTable(
  "answers",
  {
    responseId: text("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    instrument: text("instrument").notNull(),
    item: text("item").notNull(),
    value: integer("value").notNull(),
  },
  (t) => [primaryKey({ columns: [t.responseId, t.item] })],
);

/** Per unit, local day, item and value: how many respondents chose it. Index queries sum these. */
export const rollupItemDaily = sqliteTable(
  "rollup_item_daily",
  {
    unitId: text("unit_id").notNull(),
    localDate: text("local_date").notNull(),
    instrument: text("instrument").notNull(),
    item: text("item").notNull(),
    value: integer("value").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.localDate, t.item, t.value] })],
);

/**
 * Per unit, local day and instrument: respondents and the sum and sum of squares of each respondent's
 * instrument score, kept as the integer item total (score = total / items) so sums stay exact.
 */
export const rollupScoreDaily = sqliteTable(
  "rollup_score_daily",
  {
    unitId: text("unit_id").notNull(),
    localDate: text("local_date").notNull(),
    instrument: text("instrument").notNull(),
    respondents: integer("respondents").notNull(),
    scoreSum: integer("score_sum").notNull(),
    scoreSqSum: integer("score_sq_sum").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.localDate, t.instrument] })],
);

/**
 * Per unit, local month and measure: everything an index needs, a month at a time, so a year of a
 * 600-unit instansi is a few hundred thousand small rows at most, never millions. Measures: an item
 * key (U1..A5: n answers, total of values, total of squares), an instrument (skm, spkp, spak: n
 * respondents, total and total of squares of their integer item totals), `respondents`, and `steered`
 * (n answered the control question, total said "ya"). Created WITHOUT ROWID (migration 0005_rollup_month).
 */
export const rollupMonth = sqliteTable(
  "rollup_month",
  {
    unitId: text("unit_id").notNull(),
    month: text("month").notNull(),
    measure: text("measure").notNull(),
    n: integer("n").notNull(),
    total: integer("total").notNull(),
    totalSq: integer("total_sq").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.month, t.measure] })],
);

/**
 * `rollup_month` per jenis layanan: the same measures per unit, month and service (`service_id` "" for
 * responses without one), so the services of a unit add up to the unit. WITHOUT ROWID (migration 0009).
 */
export const rollupServiceMonth = sqliteTable(
  "rollup_service_month",
  {
    unitId: text("unit_id").notNull(),
    month: text("month").notNull(),
    serviceId: text("service_id").notNull(),
    measure: text("measure").notNull(),
    n: integer("n").notNull(),
    total: integer("total").notNull(),
    totalSq: integer("total_sq").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.month, t.serviceId, t.measure] })],
);

/** The same per local day: only the partial months at the edges of a date range read it. WITHOUT ROWID. */
export const rollupServiceDaily = sqliteTable(
  "rollup_service_daily",
  {
    unitId: text("unit_id").notNull(),
    localDate: text("local_date").notNull(),
    serviceId: text("service_id").notNull(),
    measure: text("measure").notNull(),
    n: integer("n").notNull(),
    total: integer("total").notNull(),
    totalSq: integer("total_sq").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.localDate, t.serviceId, t.measure] })],
);

/** Per unit and local day: all respondents and the answers to the steering control question. */
export const rollupUnitDaily = sqliteTable(
  "rollup_unit_daily",
  {
    unitId: text("unit_id").notNull(),
    localDate: text("local_date").notNull(),
    respondents: integer("respondents").notNull(),
    steeredYes: integer("steered_yes").notNull(),
    steeredAnswered: integer("steered_answered").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.localDate] })],
);

/** The name of the constraint a counter over its limit violates: how callers tell "limited" from other errors. */
export const RATE_BUCKET_LIMIT = "rate_bucket_within_max";

/**
 * Submission counters per keyed hash of (client address, touchpoint, time window). The window is part
 * of the hash, so the key rotates by itself and no address can be recovered or linked across windows.
 * A counter can never pass its window's maximum: the increment that would fails, and with it the
 * batch it belongs to, so concurrent requests cannot slip past a limit between a read and a write.
 */
export const rateBuckets = sqliteTable(
  "rate_buckets",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull(),
    max: integer("max").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("rate_buckets_expires_idx").on(t.expiresAt), check(RATE_BUCKET_LIMIT, sql`${t.count} <= ${t.max}`)],
);

/**
 * Evaluator API tokens. Only a SHA-256 of the token is kept: it is shown once at creation. A token sees
 * its organization, or with `unit_id` only that unit's subtree.
 */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id),
    unitId: text("unit_id").references(() => units.id),
    role: text("role").notNull(),
    label: text("label"),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at"),
    revokedAt: integer("revoked_at"),
  },
  (t) => [index("api_tokens_org_idx").on(t.orgId)],
);

/** Per unit, local day, profile field and band: respondents by age, gender, education, occupation. */
export const rollupProfileDaily = sqliteTable(
  "rollup_profile_daily",
  {
    unitId: text("unit_id").notNull(),
    localDate: text("local_date").notNull(),
    field: text("field").notNull(),
    band: text("band").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.localDate, t.field, t.band] })],
);

/** Dashboard accounts. admin: the whole organization; manager and viewer: `unit_id` and below. */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id),
    email: text("email").notNull().unique(),
    role: text("role").notNull(),
    unitId: text("unit_id").references(() => units.id),
    // "pbkdf2-sha256$<iterations>$<salt b64url>$<hash b64url>"
    passwordHash: text("password_hash").notNull(),
    createdAt: createdAt(),
    disabledAt: integer("disabled_at"),
    // Set by an invite or an admin's reset: the next sign-in must choose a new password first.
    mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("users_org_idx").on(t.orgId)],
);

/** One-time links (invite, password reset): only a SHA-256 of the token is stored; used once, then spent. */
export const userTokens = sqliteTable(
  "user_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    purpose: text("purpose").notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("user_tokens_user_idx").on(t.userId)],
);

/** Server-side sessions; the cookie holds a random id of which only a SHA-256 is stored. */
export const sessions = sqliteTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Who did what, when: logins, setting changes, exports, redactions, token and user changes. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    orgId: text("org_id").notNull(),
    userId: text("user_id"),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    target: text("target"),
    detail: text("detail"),
    at: integer("at").notNull(),
  },
  (t) => [index("audit_org_at_idx").on(t.orgId, t.at)],
);

/** Rencana tindak lanjut: what a unit does about a weak unsur or item in a period. */
export const followUps = sqliteTable(
  "follow_ups",
  {
    id: text("id").primaryKey(),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    period: text("period").notNull(),
    item: text("item").notNull(),
    problem: text("problem").notNull(),
    action: text("action").notNull(),
    owner: text("owner").notNull(),
    dueDate: text("due_date"),
    status: text("status").notNull().default("rencana"),
    evidence: text("evidence"),
    // Waktu in the RTL table: the triwulan (1–4) of the plan's year it is scheduled for.
    quarter: integer("quarter"),
    // Local dates (YYYY-MM-DD) the status moved to berjalan and to selesai.
    startedOn: text("started_on"),
    doneOn: text("done_on"),
    // The Forum Konsultasi Publik that agreed the plan.
    forumId: text("forum_id"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at"),
    // When the followup.overdue event went out, so a plan past its due date is announced once.
    overdueNotifiedAt: integer("overdue_notified_at"),
  },
  (t) => [index("follow_ups_unit_idx").on(t.unitId, t.period)],
);

/** Forum Konsultasi Publik (PermenPAN-RB 16/2017): where a unit and its users agreed the follow-up plan. */
export const forums = sqliteTable(
  "forums",
  {
    id: text("id").primaryKey(),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    period: text("period").notNull(),
    heldOn: text("held_on").notNull(),
    notes: text("notes").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("forums_unit_idx").on(t.unitId, t.period)],
);

/**
 * Where a unit published its SKM results besides the public page (which counts as the online channel by
 * itself): notice board poster, printed leaflet, social media, website … with a date and a link or photo.
 */
export const publicationChannels = sqliteTable(
  "publication_channels",
  {
    id: text("id").primaryKey(),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    period: text("period").notNull(),
    channel: text("channel").notNull(),
    online: integer("online", { mode: "boolean" }).notNull(),
    publishedOn: text("published_on").notNull(),
    reference: text("reference").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("publication_channels_unit_idx").on(t.unitId, t.period)],
);

/** Capaian kinerja for the ZI worksheet: a grade A–E the unit enters per year (not a survey). */
export const ziCapaian = sqliteTable(
  "zi_capaian",
  {
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    year: integer("year").notNull(),
    grade: text("grade").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.year] })],
);

/**
 * Published results: a frozen copy of a unit's indices for a period. Never updated: publishing the
 * same period again adds a version, so what citizens and evaluators saw stays on record.
 */
export const publishedSnapshots = sqliteTable(
  "published_snapshots",
  {
    id: text("id").primaryKey(),
    unitId: text("unit_id")
      .notNull()
      .references(() => units.id),
    period: text("period").notNull(),
    version: integer("version").notNull(),
    publishedAt: integer("published_at").notNull(),
    publishedBy: text("published_by").notNull(),
    // JSON: the snapshot exactly as published (indices, sample, profile summary, follow-up, formula version).
    data: text("data").notNull(),
  },
  (t) => [uniqueIndex("published_unit_period_version_idx").on(t.unitId, t.period, t.version)],
);

/**
 * A language an organization added to its survey (e.g. Basa Jawa): every survey text, checked complete
 * when saved. The shipped packs (id, en) live in code; a row here with the same code is refused.
 */
export const languagePacks = sqliteTable(
  "language_packs",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id),
    code: text("code").notNull(),
    name: text("name").notNull(),
    // JSON: the pack's texts exactly as validated (web/lang).
    body: text("body").notNull(),
    updatedAt: integer("updated_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("language_packs_org_code_idx").on(t.orgId, t.code)],
);

/**
 * Durable outbox of domain events (response.flagged, period.published, followup.overdue), written in the
 * same batch as what caused them; the id is the Standard Webhooks message id, the same on every retry.
 */
export const outboxEvents = sqliteTable(
  "outbox_events",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id").notNull(),
    unitId: text("unit_id"),
    type: text("type").notNull(),
    // JSON: the event's data exactly as delivered.
    data: text("data").notNull(),
    createdAt: integer("created_at").notNull(),
    // Set once a delivery row exists for every webhook subscribed when it was fanned out.
    dispatchedAt: integer("dispatched_at"),
  },
  (t) => [
    index("outbox_events_pending_idx")
      .on(t.createdAt)
      .where(sql`dispatched_at IS NULL`),
  ],
);

/** An organization's (or one unit's) outbound webhook: Standard Webhooks, secret whsec_ + base64. */
export const webhooks = sqliteTable(
  "webhooks",
  {
    id: text("id").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organizations.id),
    // Null: every unit of the organization; else this unit and the units below it.
    unitId: text("unit_id"),
    url: text("url").notNull(),
    secret: text("secret").notNull(),
    // JSON array of event types.
    events: text("events").notNull(),
    createdAt: createdAt(),
    disabledAt: integer("disabled_at"),
  },
  (t) => [index("webhooks_org_idx").on(t.orgId)],
);

/** One event to one webhook, retried with backoff until the receiver answers 2xx (also across restarts). */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    eventId: text("event_id").notNull(),
    webhookId: text("webhook_id").notNull(),
    attempts: integer("attempts").notNull().default(0),
    // Also the lease: a sender moves it forward before it sends, so two senders never send one row at once.
    nextAttemptAt: integer("next_attempt_at").notNull(),
    deliveredAt: integer("delivered_at"),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.webhookId] }),
    index("webhook_deliveries_due_idx")
      .on(t.nextAttemptAt)
      .where(sql`delivered_at IS NULL`),
  ],
);

/** The daily digest of a unit's warning signs, sent at most once per unit and local day. */
export const unitDigests = sqliteTable(
  "unit_digests",
  {
    unitId: text("unit_id").notNull(),
    day: text("day").notNull(),
    sentAt: integer("sent_at").notNull(),
    recipients: integer("recipients").notNull(),
    flagged: integer("flagged").notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.day] })],
);
