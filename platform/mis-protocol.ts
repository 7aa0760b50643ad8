/**
 * Messages between the MIS page reader (content script) and the extension's pages. Types only, no zod,
 * so the content script stays small; the receiving page validates every reply with the zod schemas in
 * `mis-pupil/site-adapter.ts`. No message carries page content: only what the reader found.
 */
import type { AdapterRules } from "@/mis-pupil/detect";

/** Ask the reader for the pupil on the page, using the site's rules. Reply: a Detection. */
export interface ReadPupilRequest { type: "mis:read"; rules: AdapterRules }
/** Ask the reader to try the site's rules field by field. Reply: RuleTest[]. */
export interface TestRulesRequest { type: "mis:test"; rules: AdapterRules }
/** Sent by the reader when the page changed (navigation or new content), so an open panel asks again. */
export interface PageChangedNotice { type: "mis:page-changed" }

export type ReaderRequest = ReadPupilRequest | TestRulesRequest;

export const READER_SCRIPT_ID = "mis-reader";
export const READER_SCRIPT_FILE = "/content-scripts/mis.js";
