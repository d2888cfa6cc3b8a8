/**
 * The bands to list for a profile field: the organization's current categories, then any band that
 * still has answers from before the list was edited, so no respondent silently drops out of a table.
 */
export function bandsWithData(current: readonly string[], field: string, counts: Map<string, number>): string[] {
  const extra = [...counts.keys()]
    .filter((k) => k.startsWith(`${field}|`))
    .map((k) => k.slice(field.length + 1))
    .filter((b) => !current.includes(b));
  return [...current, ...extra.sort()];
}
