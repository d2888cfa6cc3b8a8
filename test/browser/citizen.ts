import { eq, sql } from "drizzle-orm";
import type { Page } from "playwright-core";
import type { Db } from "../../db/db";
import { responses } from "../../db/schema";

export const SKM = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"];
export const SPKP = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"];
export const SPAK = ["A1", "A2", "A3", "A4", "A5"];

/** A varied answer per item, so a mixed-up field would show. */
export const valueOf = (key: string, i: number) => (key.startsWith("U") ? (i % 4) + 1 : (i % 6) + 1);

/** Taps the option labels of these items as a person would (the radios themselves are visually hidden). */
export async function tapAnswers(page: Page, keys: string[]) {
  for (const [i, key] of keys.entries()) {
    await page.locator(`fieldset#q-${key} input[value="${valueOf(key, i)}"] + span`).click();
  }
}

export async function answerAll(page: Page, comment: string) {
  await tapAnswers(page, [...SKM, ...SPKP, ...SPAK]);
  await page.locator('fieldset#q-steered input[value="tidak"] + span').click();
  await page.locator("select#age").selectOption("30-39");
  await page.locator("textarea#comment").fill(comment);
}

/** Which items hold the chosen answer: the ones a restored form kept. */
export async function checkedItems(page: Page, keys: string[]) {
  const out: string[] = [];
  for (const [i, key] of keys.entries()) {
    if (await page.locator(`fieldset#q-${key} input[value="${valueOf(key, i)}"]`).isChecked()) out.push(key);
  }
  return out;
}

/** The stored responses of a touchpoint in the order they were written. */
export async function storedRows(db: Db, touchpointId: string) {
  return db
    .select({ id: responses.id, comment: responses.comment, nonce: responses.nonce })
    .from(responses)
    .where(eq(responses.touchpointId, touchpointId))
    .orderBy(sql`rowid`);
}
