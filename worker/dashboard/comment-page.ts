import { AppError } from "../errors";

/** Comments per page on a unit's page: a phone scrolls past ten cards, not fifty. */
export const COMMENTS_PER_PAGE = 10;
// Six digits: a million pages of ten is more than any unit's comments; longer is not a page number.
const PAGE = /^[1-9]\d{0,5}$/;
const STATUS = /^(baru|dibaca|ditindaklanjuti)$/;

/**
 * `?page=` of the comments: absent or empty is the first page; anything but a whole number from 1 is a
 * 400 that says so. A number past the last page is shown as the last page (comments triaged away or a
 * narrower search shrink the list under an open link; that is no error).
 */
export function commentPage(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 1;
  if (!PAGE.test(raw)) {
    throw new AppError("BAD_REQUEST", "Invalid page number: use a whole number from 1", {
      issues: [{ path: "page", message: "a whole number from 1" }],
      localized: {
        id: "Nomor halaman tidak valid: gunakan bilangan bulat mulai 1.",
        en: "Invalid page number: use a whole number from 1.",
      },
    });
  }
  return Number(raw);
}

/**
 * Where a comment form sends the reader back to: the same period, search, status filter and page of
 * the unit's page, rebuilt from the fields we know (nothing else, and nothing that could leave the page).
 */
export function commentBackQuery(raw: string): string {
  const given = new URLSearchParams(raw.slice(0, 400));
  const out = new URLSearchParams();
  const period = given.get("period") ?? "";
  const [from, to] = [given.get("from") ?? "", given.get("to") ?? ""];
  if (/^[\w-]{1,10}$/.test(period)) out.set("period", period);
  else if (/^[\d-]{10}$/.test(from) && /^[\d-]{10}$/.test(to)) {
    out.set("from", from);
    out.set("to", to);
  }
  const q = given.get("q") ?? "";
  if (q) out.set("q", q.slice(0, 100));
  if (STATUS.test(given.get("status") ?? "")) out.set("status", given.get("status")!);
  if (PAGE.test(given.get("page") ?? "")) out.set("page", given.get("page")!);
  return out.toString();
}
