/** Where in the audit the workspace is: "#/audit", "#/audit/<id>" or "#/audit/<id>/results". */
export type AuditRoute = { page: "start" } | { page: "rate"; id: string } | { page: "results"; id: string };

export function parseAuditRoute(hash: string): AuditRoute {
  const [id, sub] = hash.replace(/^#\/audit\/?/, "").split("/").map(decodeURIComponent);
  if (!id) return { page: "start" };
  return sub === "results" ? { page: "results", id } : { page: "rate", id };
}

export const auditHref = (id: string) => `#/audit/${encodeURIComponent(id)}`;
export const resultsHref = (id: string) => `#/audit/${encodeURIComponent(id)}/results`;
