import { guessBroadArea } from "./broad-area";
import { Framework, type FrameworkInput } from "./schema";
import { FrameworkV1 } from "./schema-v1";

/**
 * A version-1 framework in version 2: each tier becomes a level of the same id and name, every statement is
 * provision at the level of its tier, and each need area is placed in the broad area its id or name points to.
 * Ids, names and text are kept exactly, so pupils, cycles and audits that name them still find them.
 * A need area that cannot be placed is left without `broadArea`, and the version-2 schema says how to fix it.
 */
export function frameworkFromV1(v1: FrameworkV1): FrameworkInput {
  const { schemaVersion: _old, statements, areas, tiers, ...rest } = v1;
  return {
    ...rest,
    schemaVersion: 2,
    tiers,
    levels: tiers.map((t) => ({ id: t.id, name: t.name, tier: t.id })),
    areas: areas.map((a) => (a.kind === "need" ? { ...a, broadArea: guessBroadArea(a.id) ?? guessBroadArea(a.name, a.description) } : a)),
    statements: statements.map(({ tier, ...s }) => ({ ...s, kind: "provision" as const, level: tier })),
  };
}

/**
 * A stored or restored framework as version 2: a version-1 record is converted when the result is a valid
 * version-2 framework; anything else is passed on as it is, for the schema to report.
 */
export function upgradeFramework(data: unknown): unknown {
  if (typeof data !== "object" || data === null || (data as { schemaVersion?: unknown }).schemaVersion !== 1) return data;
  const v1 = FrameworkV1.safeParse(data);
  if (!v1.success) return data;
  const converted = frameworkFromV1(v1.data);
  return Framework.safeParse(converted).success ? converted : data;
}
