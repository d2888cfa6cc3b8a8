import type { ResponseCursor } from "../../db/queries/response-rows";
import { fromBase64Url, toBase64Url } from "../crypto";
import { AppError } from "../errors";

/** The cursor is opaque to clients: base64url of the last row's (unit, local date, id). */
export function encodeCursor(row: ResponseCursor): string {
  return toBase64Url(new TextEncoder().encode(`${row.unitId}|${row.localDate}|${row.id}`));
}

export function decodeCursor(cursor: string | undefined): ResponseCursor | null {
  if (!cursor) return null;
  const bytes = fromBase64Url(cursor);
  const [unitId, localDate, id, extra] = bytes && bytes.length <= 200 ? new TextDecoder().decode(bytes).split("|") : [];
  if (!unitId || !localDate || !id || extra !== undefined || !/^\d{4}-\d{2}-\d{2}$/.test(localDate)) {
    throw new AppError("VALIDATION_FAILED", "Invalid cursor", {
      issues: [{ path: "cursor", message: "Use nextCursor as returned" }],
    });
  }
  return { unitId, localDate, id };
}

type Row = {
  id: string;
  unitId: string;
  serviceId: string | null;
  localDate: string;
  lang: string;
  /** online, or where answers collected elsewhere came from: paper, interview, other. */
  channel: string;
  steered: boolean | null;
  age: string | null;
  gender: string | null;
  education: string | null;
  occupation: string | null;
  answers: Record<string, number>;
};

/** Rows with their answers as `{ U1: 4, … }` and the profile grouped: the shape an evaluator's recomputation wants. */
export function toResponseRows(rows: Row[]) {
  return rows.map(({ age, gender, education, occupation, ...r }) => ({
    ...r,
    profile: { age, gender, education, occupation },
  }));
}
