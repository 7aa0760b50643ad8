import type { InclusionStrategy } from "./strategy-schema";

/** "Inclusion strategy - Testy Primary - 2026-10-05.docx": the setting and date, never a pupil. */
export function strategyFileName(strategy: Pick<InclusionStrategy, "settingName" | "writtenOn">, extension: "docx" | "pdf"): string {
  const setting = strategy.settingName.replace(/[\\/:*?"<>|]+/g, " ").replace(/\s+/g, " ").trim();
  return `Inclusion strategy - ${setting} - ${strategy.writtenOn}.${extension}`;
}
