import { serve } from "@hono/node-server";
import type { Http2Bindings, HttpBindings } from "@hono/node-server";
import { createApp } from "./app";
import { forwardedClientAddress } from "./client-address";
import { seedDemo } from "./cli/demo";
import { parseConfig } from "./env";
import { backupSettings, mailSettings, nodeEnv, nodeSettings as parseNodeSettings } from "./node-config";
import { startDailyBackups } from "./backup-daily";
import { isCitizenPath, startOperatorThreads } from "./node-operators";
import { migrateDb, openNodeDb } from "./node-db";
import { nodeSurveyStore } from "./node-survey-store";
import { countOrganizations } from "../db/queries/admin";
import { useNodeHmac } from "./node-crypto";

useNodeHmac();
const env = nodeEnv();
const config = parseConfig(env);
const nodeSettings = parseNodeSettings(env);
// Checked here so a bad SMTP_URL stops the start; the operator thread that runs the chores sends the digests.
const mail = mailSettings(env);
const { db } = await openNodeDb(env.DATABASE_URL, env.LIBSQL_AUTH_TOKEN);
await migrateDb(db);
const survey = await nodeSurveyStore(env.DATABASE_URL!, db, {
  cacheSeconds: nodeSettings.TOUCHPOINT_CACHE_SECONDS,
  maxQueue: nodeSettings.SUBMIT_QUEUE_MAX,
});

const host = env.HOST ?? "127.0.0.1";
const port = Number(env.PORT ?? 8787);
const baseUrl = config.PUBLIC_URL ?? `http://${host}:${port}`;

if (process.argv.includes("--demo")) console.log((await seedDemo(db, baseUrl)).summary);

type Bindings = HttpBindings | Http2Bindings;
const addressOf = (req: Request, b: Bindings) =>
  forwardedClientAddress(
    req.headers.get("x-forwarded-for") ?? undefined,
    b.incoming.socket.remoteAddress,
    config.TRUST_PROXY,
  );

const app = createApp({
  getDb: () => db,
  surveyStore: () => survey,
  config,
  compress: true,
  clientAddress: (c) => addressOf(c.req.raw, c.env as Bindings),
  nudgeOutbox: () => operators.nudgeOutbox(),
});
const operators = await startOperatorThreads(env, nodeSettings.OPERATOR_THREADS, survey.changed);

if (mail) console.log(`Daily digest of warning signs by e-mail through ${new URL(mail.url).host}`);
const backups = backupSettings(env);
if (backups) startDailyBackups(backups);

/** Citizens on this thread; everyone else on an operator thread; a half-read request body ends the connection. */
async function route(req: Request, bindings: Bindings) {
  const res = isCitizenPath(new URL(req.url).pathname)
    ? await app.fetch(req, bindings)
    : await operators.fetch(req, addressOf(req, bindings));
  // Answered before the body was read (a 413, a refusal): the unread rest would be taken for the next
  // request on a kept-alive connection, so say this one ends here.
  if (!bindings.incoming.complete) res.headers.set("Connection", "close");
  return res;
}

const server = serve({ fetch: route, hostname: host, port }, () => {
  console.log(`ZI Survei listening on ${baseUrl} (database ${env.DATABASE_URL})`);
});

if ((await countOrganizations(db)) === 0) {
  console.log(`
The database is empty. Create your instansi, a unit and a QR touchpoint:
  npm run admin -- org:create --name "Dinas Contoh" --slug dinas-contoh --tz Asia/Jakarta
  npm run admin -- unit:create --org dinas-contoh --name "UPT Pelayanan" --code upt-1 --population 12000
  npm run admin -- touchpoint:create --unit <unitId> --label "Loket 1" --service "Perizinan"
  npm run admin -- user:create --email admin@dinas-contoh.go.id --org dinas-contoh --role admin
Then sign in at ${baseUrl}/login. Or fill a demo instansi with a year of responses: npm run demo`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () =>
    server.close(() => void Promise.all([operators.close(), survey.close()]).finally(() => process.exit(0))),
  );
}
