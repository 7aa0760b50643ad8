import { templateFramework, templateMapping } from "@/commitment-framework/template";
import { downloadBlob, downloadText } from "@/components/ui/download";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The templates a local authority can start from: the JSON format, or a spreadsheet with the mapping that reads it. */
export function TemplateDownloads() {
  const xlsx = async () => {
    const { xlsxTemplate } = await import("@/commitment-framework/import/write-xlsx-template");
    const bytes = await xlsxTemplate();
    downloadBlob("framework-template.xlsx", new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  };
  return (
    <section aria-labelledby="templates-title">
      <h3 id="templates-title">Templates</h3>
      <p class="hint">Start a framework from one of these. The format is described in docs/framework-format.md.</p>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => downloadText("framework-template.json", json(templateFramework()), "application/json")}>
          Download the JSON template
        </button>
        <button type="button" class="button secondary" onClick={() => void xlsx()}>
          Download the spreadsheet template
        </button>
        <button type="button" class="button secondary" onClick={() => downloadText("framework-template-mapping.json", json(templateMapping()), "application/json")}>
          Download the spreadsheet's mapping
        </button>
      </div>
    </section>
  );
}
