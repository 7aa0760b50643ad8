import type { ReportTable } from "@/provision-map/outputs/report-tables";
import { TableScroll } from "@/components/ui/TableScroll";

/** A report table on screen: first column as row headers, numbers right-aligned, scrolling in its own box when wide. */
export function ReportTableView({ table, caption, label }: { table: ReportTable; caption: string; label?: string }) {
  return (
    <TableScroll label={label ?? caption}>
      <table class="data-table report-table">
        <caption>{caption}</caption>
        <thead>
          <tr>{table.head.map((h) => <th scope="col" key={h}>{h}</th>)}</tr>
        </thead>
        <tbody>
          {table.body.map((row, n) => (
            <tr key={n}>
              {row.map((cell, c) => (c === 0 ? <th scope="row" key={c}>{cell}</th> : <td key={c} class={/^[£\d+−-]/.test(String(cell)) ? "num" : undefined}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
