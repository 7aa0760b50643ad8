import type { ReadinessItem, ReadinessWhere } from "@/evidence-pack/readiness";

const GO_LABELS: Partial<Record<ReadinessWhere, string>> = {
  assess: "Add it in the cycle's Assess stage",
  plan: "Add it in the cycle's Plan stage",
  review: "Add it in the cycle's Review stage",
  details: "Add it in the pupil's details",
  profile: "Go to the one-page profile",
  meetings: "Go to meetings with parents",
};

export interface ReadinessListProps {
  items: ReadinessItem[];
  /** Takes the SENCO to where the evidence is added; items with no place in the side panel get no button. */
  onGo: (where: ReadinessWhere) => void;
}

/** What a local authority usually asks for, each present or missing, in words as well as colour. */
export function ReadinessList({ items, onGo }: ReadinessListProps) {
  return (
    <ul class="readiness-list">
      {items.map((item) => (
        <li key={item.id} class={item.present ? "present" : "missing"}>
          <span class={`badge ${item.present ? "ok" : "missed"}`}>{item.present ? "Present" : "Missing"}</span>{" "}
          <strong>{item.label}</strong>
          <p>{item.detail}</p>
          {!item.present && GO_LABELS[item.where] && (
            <button type="button" class="button link" onClick={() => onGo(item.where)}>
              {GO_LABELS[item.where]}<span class="visually-hidden">: {item.label}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
