import type { Changed, FrameworkDiff, ListDiff } from "@/commitment-framework/diff";
import type { StatementUse } from "@/graduated-approach/framework-uses";

const label = (x: { id: string; text?: string; name?: string }) => `${x.id}: ${x.text ?? x.name ?? ""}`;

const WORDS: Record<string, string> = {
  hoursPerWeek: "hours a week", hourlyRate: "hourly rate", weeklyCap: "weekly cap", groupSize: "group size", staffRole: "staff role", costCode: "cost code",
};

/** "level: 2 → 3" for short values; just the field's name for long ones such as text. */
function fieldChange(field: string, before: unknown, after: unknown): string {
  const name = WORDS[field] ?? field;
  const short = (v: unknown) => (typeof v === "number" || (typeof v === "string" && v.length <= 24) ? String(v) : undefined);
  const [b, a] = [short(before), short(after)];
  return b !== undefined && a !== undefined ? `${name}: ${b} → ${a}` : name;
}

function DiffList<T extends { id: string; text?: string; name?: string }>({ title, diff }: { title: string; diff: ListDiff<T> }) {
  const total = diff.added.length + diff.changed.length + diff.removed.length;
  return (
    <section>
      <h4>
        {title}: {diff.added.length} added, {diff.changed.length} changed, {diff.removed.length} removed
      </h4>
      {total > 0 && (
        <ul>
          {diff.added.map((x) => <li key={`a-${x.id}`} class="diff-added">Added {label(x)}</li>)}
          {diff.changed.map((c: Changed<T>) => (
            <li key={`c-${c.after.id}`} class="diff-changed">
              Changed {label(c.after)} ({c.fields.map((f) => fieldChange(f, (c.before as Record<string, unknown>)[f], (c.after as Record<string, unknown>)[f])).join("; ")})
            </li>
          ))}
          {diff.removed.map((x) => <li key={`r-${x.id}`} class="diff-removed">Removed {label(x)}</li>)}
        </ul>
      )}
    </section>
  );
}

/** What a new version changes, and where removed statements are still used. */
export function VersionDiff({ diff, uses }: { diff: FrameworkDiff; uses: StatementUse[] }) {
  return (
    <section aria-labelledby="diff-title" class="version-diff">
      <h3 id="diff-title">
        Changes from version {diff.from} to version {diff.to}
      </h3>
      {uses.length > 0 && (
        <div class="error-summary" role="alert">
          <h4>{uses.length} use{uses.length === 1 ? "" : "s"} of statements this version removes</h4>
          <p>They are kept as they are, with the version they were made with; review them after switching.</p>
          <ul>
            {uses.slice(0, 10).map((u, i) => <li key={i}>{u.statementId}: {u.where}</li>)}
            {uses.length > 10 && <li>…and {uses.length - 10} more.</li>}
          </ul>
        </div>
      )}
      <DiffList title="Statements" diff={diff.statements} />
      <DiffList title="Costed provision" diff={diff.catalogue} />
      <DiffList title="Levels" diff={diff.levels} />
    </section>
  );
}
