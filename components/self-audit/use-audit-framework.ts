import { useEffect, useState } from "preact/hooks";
import type { Framework } from "@/commitment-framework/schema";
import type { AppModel } from "@/state/app-model";

/**
 * The framework version an audit was made with: the one in use when the versions match, else the archived
 * version (kept when a newer one was imported). Falls back to the one in use if that version was never kept here.
 */
export function useAuditFramework(app: AppModel, audit: { frameworkId: string; frameworkVersion: string } | undefined): { framework: Framework; older: boolean } {
  const current = app.framework.value;
  const [archived, setArchived] = useState<Framework | undefined>(undefined);
  const wanted = audit && audit.frameworkId === current.id && audit.frameworkVersion !== current.version ? audit.frameworkVersion : undefined;
  useEffect(() => {
    setArchived(undefined);
    if (wanted) void app.frameworkVersions(current.id).then((all) => setArchived(all.find((f) => f.version === wanted)));
  }, [app, current.id, wanted]);
  return archived && wanted ? { framework: archived, older: true } : { framework: current, older: false };
}
