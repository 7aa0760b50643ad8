import { goldenThread } from "@/case-sample/golden-thread";
import type { BlockDocument } from "@/document-blocks/blocks";
import { ispDocument } from "@/support-plan/isp-document";
import type { TransferPayload } from "./transfer-payload";

/** The readable summary for a school that does not use SEND Companion: the ISP, then the history of plans and reviews. */
export function transferSummaryDocument(payload: TransferPayload): BlockDocument {
  const name = `${payload.pupil.firstName} ${payload.pupil.lastName}`;
  const plan = ispDocument(payload.isp);
  const thread = goldenThread({ pupil: payload.pupil, cycles: payload.cycles, today: payload.madeOn, deidentify: false });
  return {
    title: `Transfer summary: ${name}`,
    footer: `Transfer summary: ${name}, from ${payload.fromSetting}`,
    blocks: [
      { kind: "note", text: `Sent by ${payload.fromSetting} for the pupil's next school. Keep it securely with the pupil's SEN file.` },
      ...plan.blocks,
      { kind: "page-break" },
      ...thread.blocks.map((b) => (b.kind === "title" ? { kind: "title" as const, text: "History of plans and reviews" } : b)),
    ],
  };
}
