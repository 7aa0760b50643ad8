// A pretend web MIS for the demo school, served on this computer only (127.0.0.1), so `npm start` can show
// the side panel following the pupil on screen. Its pupils are the demo school's made-up ones, plus one
// who is not in the register yet. Nothing here is real data.
import { createServer } from "node:http";
import type { Page } from "playwright";
import type { AddressInfo } from "node:net";
import { DEMO_PUPILS, DEMO_SEED, generateDemoSchool } from "../demo-school/generate";
import { syntheticUpn } from "../graduated-approach/upn";
import { yearGroupLabel } from "../graduated-approach/year-group";

interface MisPupil { firstName: string; lastName: string; dateOfBirth: string; upn?: string; year: string }

const NEW_PUPIL: MisPupil = { firstName: "Newby", lastName: "Arrivalson", dateOfBirth: "2016-10-12", upn: syntheticUpn("999300116001"), year: "Year 5" };

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const ukDate = (iso: string) => iso.split("-").reverse().join("/");

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} – Demo MIS (made up)</title>
<style>body{font-family:system-ui,sans-serif;margin:0}header{background:#2b3a42;color:#fff;padding:8px 16px}header a{color:#fff;margin-right:16px}
main{padding:16px;max-width:48rem}dl{display:grid;grid-template-columns:12em 1fr;gap:4px 12px}dt{font-weight:600}.note{color:#555}</style></head>
<body><header><strong>Demo MIS</strong> (every pupil here is made up) · <a href="/">Class list</a><a href="/pupil/new">New arrival</a></header><main>${body}</main></body></html>`;
}

function pupilPage(p: MisPupil): string {
  return page(`${p.firstName} ${p.lastName}`, `<h1>${escape(p.firstName)} ${escape(p.lastName)}</h1>
<dl><dt>Date of birth</dt><dd>${ukDate(p.dateOfBirth)}</dd><dt>UPN</dt><dd>${p.upn ?? "Not issued"}</dd><dt>Year group</dt><dd>${escape(p.year)}</dd></dl>
<p class="note">Open SEND Companion's side panel beside this page: it opens this pupil's record.</p>`);
}

/** Serves the pretend MIS on 127.0.0.1: at `port` when given (screenshots show the address), else any free port. */
export async function serveDemoMis(today: string, port = 0) {
  const school = generateDemoSchool({ pupils: DEMO_PUPILS, seed: DEMO_SEED, today });
  const pupils: MisPupil[] = school.pupils.map((p) => ({ ...p, year: yearGroupLabel(p.yearGroup) }));
  const list = page("Class list", `<h1>All pupils</h1><table><thead><tr><th>Name</th><th>UPN</th><th>Date of birth</th></tr></thead><tbody>${pupils
    .map((p, i) => `<tr><td><a href="/pupil/${i}">${escape(p.lastName.toUpperCase())}, ${escape(p.firstName)}</a></td><td>${p.upn ?? ""}</td><td>${ukDate(p.dateOfBirth)}</td></tr>`)
    .join("")}</tbody></table>`);

  const server = createServer((request, response) => {
    const path = (request.url ?? "/").split("?")[0]!;
    const match = /^\/pupil\/(\d+|new)$/.exec(path);
    const pupil = match ? (match[1] === "new" ? NEW_PUPIL : pupils[Number(match[1])]) : undefined;
    const html = path === "/" ? list : pupil ? pupilPage(pupil) : undefined;
    if (!html) return void response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((done, fail) => server.once("error", fail).listen(port, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** Adds the pretend MIS in the side panel's Setting tab, as a SENCO would add theirs. */
export async function addDemoMis(panel: Page, origin: string): Promise<void> {
  await panel.getByRole("button", { name: "Setting", exact: true }).click();
  await panel.getByLabel("Name", { exact: true }).fill("Demo MIS");
  await panel.getByLabel("Web address").fill(origin);
  await panel.getByRole("button", { name: "Add and allow access" }).click();
  await panel.getByText("Demo MIS added.").waitFor();
}
