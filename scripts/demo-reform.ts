// The reform outputs of `npm run demo` (see docs/reform.md): the demo school's inclusion strategy as Word and
// PDF; later also one individual support plan and one golden-thread page.
import type { Framework } from "../commitment-framework/schema";
import type { DemoSchool } from "../demo-school/generate";
import { blocksDocx } from "../document-blocks/blocks-docx";
import { blocksPdf } from "../document-blocks/blocks-pdf";
import { buildStrategyDraft, strategyDocument } from "../inclusion-strategy";
import type { Intervention } from "../provision-map/intervention";
import type { Audit } from "../self-audit/audit";

interface ReformDemoInput {
  school: DemoSchool;
  framework: Framework;
  audit: Audit;
  today: string;
  options: (n: number) => { creationDate: Date; fileId: string };
  write: (name: string, data: Uint8Array | string) => void;
}

export async function writeReformOutputs({ school, framework, audit, today, options, write }: ReformDemoInput): Promise<void> {
  /** The demo school's group interventions, once it has them (issue 18); none before. */
  const interventions = (school as DemoSchool & { interventions?: Intervention[] }).interventions ?? [];
  const strategy = buildStrategyDraft({ settingName: school.setting.name, framework, audit, interventions, pupils: school.pupils, cycles: school.cycles, today });
  const document = strategyDocument(strategy);
  write("inclusion-strategy.pdf", blocksPdf(document, options(100)));
  write("inclusion-strategy.docx", await blocksDocx(document, { created: options(100).creationDate }));
}
