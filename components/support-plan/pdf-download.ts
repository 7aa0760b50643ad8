import { downloadBlob } from "@/components/ui/download";
import type { BlockDocument } from "@/document-blocks/blocks";

/** Renders a document to PDF (jsPDF loads only now) and saves it. */
export async function downloadPdf(doc: BlockDocument, fileName: string, now: Date, bodySize?: number): Promise<void> {
  const { blocksPdf } = await import("@/document-blocks/blocks-pdf");
  const bytes = blocksPdf(doc, { creationDate: now, fileId: crypto.randomUUID().replace(/-/g, "").toUpperCase(), bodySize });
  downloadBlob(fileName, new Blob([bytes as BlobPart], { type: "application/pdf" }));
}
