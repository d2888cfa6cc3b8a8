/** A report table's column widths (print CSS classes w6, w22 …) and headings, numeric ones right-aligned. */
export type Column = { label: string; width: string; num?: boolean };

export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <>
      <colgroup>
        {columns.map((c) => (
          <col key={c.label} class={c.width} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c.label} class={c.num ? "num" : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
