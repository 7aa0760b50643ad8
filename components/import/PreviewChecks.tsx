import type { ImportPreview } from "@/graduated-approach/csv-import";
import { plural, rowNoun } from "./words";

interface Check {
  /** The id of the element the link moves focus to. */
  target: string;
  message: string;
}

/** What needs a look before importing, at the top of the screen: missing columns and rows that will be skipped. */
export function PreviewChecks({ preview }: { preview: ImportPreview }) {
  const checks: Check[] = preview.notices.map((message) => ({ target: "import-column-0", message }));
  const firstError = preview.rows.find((r) => r.errors.length > 0);
  if (firstError) {
    const n = preview.rows.filter((r) => r.errors.length > 0).length;
    const noun = rowNoun(preview);
    checks.push({
      target: `import-row-${firstError.rowNumber}`,
      message: `${plural(n, noun)} ${n === 1 ? "has errors and" : "have errors and"} will be skipped. The first is ${firstError.label.toLowerCase()}.`,
    });
  }
  if (checks.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="import-checks-title">
      <h2 id="import-checks-title">Check the file before importing</h2>
      <ul>
        {checks.map((c) => (
          <li key={c.message}>
            <a
              href={`#${c.target}`}
              onClick={(e) => {
                e.preventDefault();
                const target = document.getElementById(c.target);
                const details = target?.closest("details");
                if (details) details.open = true;
                target?.scrollIntoView({ block: "center" });
                target?.focus();
              }}
            >
              {c.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
