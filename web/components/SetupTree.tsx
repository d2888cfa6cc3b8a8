import type { Lang } from "../i18n";
import { setupText } from "../text-setup";

export type SetupUnitView = {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  population: number | null;
  active: boolean;
};

/** Units in tree order with their depth: a unit whose parent is not in the list is a root (a manager's own unit). */
function treeOrder<U extends { id: string; parentId: string | null; code: string }>(units: U[]) {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, U[]>();
  for (const u of units) {
    const key = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    children.set(key, [...(children.get(key) ?? []), u]);
  }
  const out: { unit: U; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const unit of (children.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      out.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The unit tree as an indented list, each unit linking to its setup page. */
export function SetupTree({ lang, units }: { lang: Lang; units: SetupUnitView[] }) {
  const t = setupText[lang];
  if (units.length === 0) return <p>{t.empty}</p>;
  return (
    <ul class="setup-tree">
      {treeOrder(units).map(({ unit, depth }) => (
        <li key={unit.id} class={`d${Math.min(depth, 8)}`}>
          <a href={`/admin/setup/units/${unit.id}`}>{unit.name}</a> <code>{unit.code}</code>
          {unit.active ? null : <span class="warn"> ({t.deactivated})</span>}
        </li>
      ))}
    </ul>
  );
}

/** Parent choices for a select: the tree order, indented by depth. */
export function ParentOptions({
  options,
  selected,
}: {
  options: { id: string; code: string; name: string; parentId: string | null }[];
  selected: string;
}) {
  return (
    <>
      {treeOrder(options).map(({ unit, depth }) => (
        <option key={unit.id} value={unit.id} selected={unit.id === selected}>
          {`${"\u2003".repeat(Math.min(depth, 8))}${unit.name} (${unit.code})`}
        </option>
      ))}
    </>
  );
}
