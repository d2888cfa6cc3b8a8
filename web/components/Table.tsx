import type { ComponentChildren } from "preact";

/** A plain data table: column headings and rows of cells, as every list in the dashboard shows them. */
export function Table({
  headers,
  rows,
  caption,
}: {
  headers: string[];
  rows: ComponentChildren[][];
  caption?: string;
}) {
  return (
    <table class="grid">
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {headers.map((h) => (
            <th scope="col" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
