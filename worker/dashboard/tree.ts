/**
 * The unit tree as an overview shows it: depth-first, each unit after its parent, siblings in the order
 * given (by code). A unit whose parent the user may not see is a root of its own. A parent loop in the
 * data cannot hang the walk: every unit is visited once, and one never reached is shown as a root.
 */
export type TreeEntry<T> = { unit: T; depth: number; ancestors: T[]; childIds: string[] };

export function treeOrder<T extends { id: string; parentId: string | null }>(units: readonly T[]): TreeEntry<T>[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, T[]>();
  for (const u of units) {
    if (u.parentId && byId.has(u.parentId) && u.parentId !== u.id)
      (children.get(u.parentId) ?? children.set(u.parentId, []).get(u.parentId)!).push(u);
  }
  const out: TreeEntry<T>[] = [];
  const seen = new Set<string>();
  const walk = (root: T) => {
    const stack: { unit: T; ancestors: T[] }[] = [{ unit: root, ancestors: [] }];
    while (stack.length > 0) {
      const { unit, ancestors } = stack.pop()!;
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      const kids = (children.get(unit.id) ?? []).filter((k) => !seen.has(k.id));
      out.push({ unit, depth: ancestors.length, ancestors, childIds: kids.map((k) => k.id) });
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ unit: kids[i]!, ancestors: [...ancestors, unit] });
    }
  };
  for (const u of units) if (!u.parentId || !byId.has(u.parentId)) walk(u);
  for (const u of units) if (!seen.has(u.id)) walk(u);
  return out;
}

/**
 * Each unit's items together with those of every unit below it, from one pass bottom-up over the tree:
 * a unit's list is its own followed by its children's lists.
 */
export function subtreeLists<T extends { id: string }, R>(
  entries: readonly TreeEntry<T>[],
  own: (unitId: string) => readonly R[],
): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    const list = [...own(e.unit.id)];
    for (const id of e.childIds) for (const r of out.get(id) ?? []) list.push(r);
    out.set(e.unit.id, list);
  }
  return out;
}
