import defaultFrameworkJson from "./default-framework.json";
import { validateFramework } from "./load-framework";
import type { Framework } from "./schema";

/** The framework that ships with SEND Companion, validated by the same schema as any imported file. */
export function loadBuiltInFramework(): Framework {
  const result = validateFramework(defaultFrameworkJson, "Built-in framework");
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.framework;
}

export const BUILT_IN_FRAMEWORK_ID = defaultFrameworkJson.id;
