import type { ActionItem } from "@/self-audit/action-plan";
import { shortDate } from "@/graduated-approach/long-date";
import { TableScroll } from "@/components/ui/TableScroll";

export function ActionPlanTable({ items }: { items: ActionItem[] }) {
  if (items.length === 0) {
    return <p class="empty">No actions yet. Add an action to any statement on the rating screen and it will appear here.</p>;
  }
  return (
    <TableScroll label="Action plan">
    <table class="audit-table">
      <caption class="visually-hidden">Action plan, soonest due first</caption>
      <thead>
        <tr>
          <th scope="col">Due</th>
          <th scope="col">Priority</th>
          <th scope="col">Statement</th>
          <th scope="col">Action</th>
          <th scope="col">Owner</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.statement.id}>
            <td>{item.due ? shortDate(item.due) : "No date set"}</td>
            <td>{item.priority}</td>
            <td>
              {item.statement.text}
            </td>
            <td>{item.action}</td>
            <td>{item.owner || "Not named"}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
}
