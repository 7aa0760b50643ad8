// The reform outputs of `npm run demo` (see docs/reform.md): the demo school's inclusion strategy as Word and
// PDF, one individual support plan (full and plain-language PDF, and JSON), one golden-thread page and a case sample.
import type { Framework } from "../commitment-framework/schema";
import type { DemoSchool } from "../demo-school/generate";
import { blocksDocx } from "../document-blocks/blocks-docx";
import { blocksPdf } from "../document-blocks/blocks-pdf";
import { buildStrategyDraft, strategyDocument } from "../inclusion-strategy";
import type { Intervention } from "../provision-map/intervention";
import type { Audit } from "../self-audit/audit";
import { drawCaseSample, goldenThread, sampleDocument } from "../case-sample";
import { initialsOf } from "../evidence-pack/pseudonymise";
import { cyclesByPupil } from "../graduated-approach/pupil-cycles";
import { buildIsp, ispDocument, ispJson, ispPlainDocument, PLAIN_BODY_SIZE } from "../support-plan";

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

  const byPupil = cyclesByPupil(school.cycles);
  const pupil = school.pupils.find((p) => p.senStatus.code === "K" && (byPupil.get(p.id) ?? []).some((c) => c.stages.review.reviewedOn));
  if (!pupil) throw new Error("The demo school has no pupil at SEN support with a reviewed cycle.");
  const cycles = byPupil.get(pupil.id) ?? [];
  const result = buildIsp({ pupil, cycles, interventions, framework, settingName: school.setting.name, today });
  if (!result.ok) throw new Error(result.message);
  const tag = initialsOf(pupil).toLowerCase().replace(/[^a-z]+/g, "-").replace(/-$/, "");
  write(`individual-support-plan-${tag}.pdf`, blocksPdf(ispDocument(result.isp), options(101)));
  write(`individual-support-plan-${tag}-plain-language.pdf`, blocksPdf(ispPlainDocument(result.isp), { ...options(102), bodySize: PLAIN_BODY_SIZE }));
  write(`individual-support-plan-${tag}.json`, ispJson(result.isp));
  write(`golden-thread-${tag}.pdf`, blocksPdf(goldenThread({ pupil, cycles, today, deidentify: true }), { ...options(103), bodySize: 9 }));
  const sample = drawCaseSample(school.pupils, { size: 6, today, seed: 1, deidentify: true });
  write("case-sample.pdf", blocksPdf(sampleDocument(sample, school.setting.name, today), options(104)));
}
