import type { ConversionResult } from "@/commitment-framework/import";
import { frameworkSummary } from "@/commitment-framework/summary";

/** What the mapping reads from the file: counts when it all fits, or every problem grouped by kind. */
export function MappingPreview({ result, mappingProblems }: { result: ConversionResult | null; mappingProblems: string[] }) {
  const problems = mappingProblems.length ? mappingProblems : (result?.problems ?? []);
  return (
    <section aria-labelledby="mapping-preview-title" class="mapping-preview">
      <h3 id="mapping-preview-title">Preview</h3>
      {problems.length > 0 ? (
        <div class="error-summary" role="status">
          <h4>
            {result && !mappingProblems.length
              ? `${result.problemCount} problem${result.problemCount === 1 ? "" : "s"} in ${result.rows} records, of ${problems.length} kind${problems.length === 1 ? "" : "s"}`
              : "The mapping is not finished"}
          </h4>
          <ul class="problems">
            {problems.map((p) => <li key={p}>{p}</li>)}
          </ul>
        </div>
      ) : (
        result?.framework && (
          <div role="status">
            <p class="notice">Every record fits. This is what the framework will hold:</p>
            <pre class="summary-lines">{frameworkSummary(result.framework).join("\n")}</pre>
          </div>
        )
      )}
    </section>
  );
}
