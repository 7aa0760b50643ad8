import type { Framework, Statement } from "@/commitment-framework/schema";
import { PHASE_LABELS, areaById } from "@/commitment-framework/queries";
import { TierBadge } from "@/components/ui/TierBadge";

export function StatementMeta({ framework, statement }: { framework: Framework; statement: Statement }) {
  return (
    <span class="statement-meta">
      <TierBadge framework={framework} levelId={statement.level} />
      {statement.kind === "need-descriptor" && <span class="tag">Need descriptor</span>}
      <span>{areaById(framework, statement.area)?.name ?? statement.area}</span>
      <span aria-hidden="true">·</span>
      <span>{statement.phases.map((p) => PHASE_LABELS[p]).join(", ")}</span>
    </span>
  );
}

function ExampleList({ title, items, empty }: { title: string; items: string[] | undefined; empty: string }) {
  return (
    <>
      <h3>{title}</h3>
      {items?.length ? (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <p class="empty">{empty}</p>
      )}
    </>
  );
}

export function StatementDetail({ framework, statement, showText }: { framework: Framework; statement: Statement; showText?: boolean }) {
  return (
    <div class="statement-detail">
      {showText && (
        <>
          <StatementMeta framework={framework} statement={statement} />
          <p>
            <strong>{statement.text}</strong>
          </p>
        </>
      )}
      <ExampleList title="Strategies you might see" items={statement.strategies} empty="This framework gives no strategy examples for this statement." />
      <ExampleList title="Evidence you could show" items={statement.evidence} empty="This framework gives no evidence examples for this statement." />
    </div>
  );
}
