import { describe, expect, it } from "vitest";
import { actionPlan, priorityFor } from "@/self-audit/action-plan";
import type { Framework } from "@/commitment-framework/schema";
import { tinyFramework } from "../../fixtures/tiny-framework";
import { auditWith } from "../../fixtures/sample-audits";

function wideFramework(): Framework {
  const fw = tinyFramework();
  const extra = ["a", "b", "c", "d"].map((x) => ({ id: `lead-${x}`, kind: "provision" as const, area: "lead", level: "t1", phases: ["school" as const], text: `Leaders do ${x}.` }));
  return { ...fw, statements: [...fw.statements, ...extra] };
}

describe("action plan", () => {
  const fw = wideFramework();

  it("orders actions by due date, then by priority (lower rating first), leaving undated ones last", () => {
    const audit = auditWith(fw, {
      "talk-1": { rating: 2, action: "Keep going", due: "2026-05-01" },
      "lead-1": { rating: 1, action: "Train staff", due: "2026-05-01" },
      "lead-a": { rating: 0, action: "Write a policy", due: "2026-05-01" },
      "lead-b": { rating: 0, action: "No date yet" },
      "lead-c": { rating: 2, action: "Soonest", owner: " Head ", due: "2026-04-01" },
      "lead-d": { rating: 0, action: "   " },
    });
    const plan = actionPlan(fw, audit);
    expect(plan.map((a) => a.action)).toEqual(["Soonest", "Write a policy", "Train staff", "Keep going", "No date yet"]);
    expect(plan.map((a) => a.priority)).toEqual(["Low", "High", "Medium", "Low", "High"]);
    expect(plan[0]?.owner).toBe("Head");
  });

  it("gives an unrated statement medium priority", () => {
    expect(priorityFor(fw, undefined)).toBe("Medium");
    expect(priorityFor(fw, 0)).toBe("High");
    expect(priorityFor(fw, 2)).toBe("Low");
  });

  it("is empty when no action is written", () => {
    expect(actionPlan(fw, auditWith(fw, { "talk-1": { rating: 0 } }))).toEqual([]);
  });
});
