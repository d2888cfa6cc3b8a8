import nodemailer from "nodemailer";
import type { Db } from "../db/db";
import { claimDigest, listDayFlags, listDigestUnits, listUnitRecipients, releaseDigest } from "../db/queries/digests";
import { composeDigest } from "./digest-mail";
import type { MailSettings } from "./node-config";
import { localDate } from "./survey/local-date";

// The morning's first round after 07:00 in the unit's zone: before the counter opens, about the day before.
const DIGEST_HOUR = 7;

type Mail = { to: string[]; subject: string; text: string };
type SendMail = (mail: Mail) => Promise<unknown>;

/** Sends through the SMTP server of MAIL_FROM's SMTP_URL (nodemailer: STARTTLS when the server offers it). */
export function smtpSender(settings: MailSettings): SendMail {
  const transport = nodemailer.createTransport(settings.url);
  return (mail) => transport.sendMail({ from: settings.from, ...mail });
}

const hourIn = (now: number, timeZone: string) =>
  Number(
    new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(new Date(now * 1000)),
  );

const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Each unit's digest of the previous local day, once per unit and day (unit_digests), from 07:00 in its
 * zone: a mail to the unit's own accounts when it had warning signs, none when it had none. A failed send
 * is logged and its day released, so the next hourly round tries again; one unit's failure stops no other.
 */
export async function sendDailyDigests(db: Db, send: SendMail, publicUrl: string, now: number) {
  let sent = 0;
  for (const unit of await listDigestUnits(db)) {
    if (hourIn(now, unit.timeZone) < DIGEST_HOUR) continue;
    const day = dayBefore(localDate(now, unit.timeZone));
    try {
      const flags = await listDayFlags(db, unit.id, day);
      const to = flags.length > 0 ? await listUnitRecipients(db, unit.id) : [];
      const row = { unitId: unit.id, day, sentAt: now, recipients: to.length, flagged: flags.length };
      if (!(await claimDigest(db, row)) || to.length === 0) continue;
      try {
        await send({ to, ...composeDigest(unit, day, flags, publicUrl) });
        sent++;
      } catch (err) {
        await releaseDigest(db, unit.id, day);
        throw err;
      }
    } catch (err) {
      console.error(`daily digest for unit ${unit.id} (${day}) failed, retried next hour:`, err);
    }
  }
  return sent;
}
