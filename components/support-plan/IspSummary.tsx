import { Fragment } from "preact";
import { longDate } from "@/graduated-approach/long-date";
import { ISP_HEADINGS as H, NOT_NATIONAL_NOTE } from "@/support-plan/isp-headings";
import type { Isp } from "@/support-plan/isp-schema";

const orNone = (t: string) => t.trim() || "Not recorded";

/** The plan on screen, in the order of the printed ISP, readable at 360 px. */
export function IspSummary({ isp }: { isp: Isp }) {
  return (
    <>
      <p class="notice">{NOT_NATIONAL_NOTE}</p>
      <section aria-labelledby="isp-about" class="page-section">
        <h3 id="isp-about">{H.about}</h3>
        <dl class="summary-list">
          <div><dt>Layer of support</dt><dd>{isp.layer.name}</dd></div>
          <div><dt>Drawn from</dt><dd>Cycle {isp.cycle.number}, opened {longDate(isp.cycle.openedOn)}</dd></div>
          <div><dt>Key adult</dt><dd>{orNone(isp.keyAdult)}</dd></div>
        </dl>
      </section>
      <section aria-labelledby="isp-needs" class="page-section">
        <h3 id="isp-needs">{H.needs}</h3>
        {isp.needs.length === 0 ? <p class="empty">No strengths and needs recorded in this cycle.</p> : (
          <dl class="profile">{isp.needs.map((n) => <Fragment key={n.area}><dt>{n.area}</dt><dd>{orNone(n.needs)}</dd></Fragment>)}</dl>
        )}
      </section>
      <section aria-labelledby="isp-outcomes" class="page-section">
        <h3 id="isp-outcomes">{H.outcomes}</h3>
        {isp.outcomes.length === 0 ? <p class="empty">No outcomes in the plan yet.</p> : (
          <ul class="plain-list">{isp.outcomes.map((o, i) => <li key={i}><strong>{o.what || "Not written yet"}</strong>{o.byWhen ? ` by ${longDate(o.byWhen)}` : ""}{o.target ? `. Target: ${o.target}` : ""}</li>)}</ul>
        )}
      </section>
      <section aria-labelledby="isp-provision" class="page-section">
        <h3 id="isp-provision">{H.provision}</h3>
        {isp.provision.length === 0 ? <p class="empty">No provision in the plan yet.</p> : (
          <ul class="plain-list">{isp.provision.map((p, i) => <li key={i}><strong>{p.title || "Untitled"}</strong>{p.kind === "group" ? " (group intervention)" : ""}: {p.when}</li>)}</ul>
        )}
      </section>
      <section aria-labelledby="isp-who" class="page-section">
        <h3 id="isp-who">{H.responsibilities}</h3>
        <ul class="plain-list">{isp.responsibilities.map((r, i) => <li key={i}><strong>{r.who}</strong>: {r.what} ({r.when})</li>)}</ul>
      </section>
      <section aria-labelledby="isp-reviews" class="page-section">
        <h3 id="isp-reviews">{H.reviews}</h3>
        <ul class="plain-list">
          <li>{isp.reviews.planned ? `Next review: ${longDate(isp.reviews.planned)}` : "No review date in the plan yet"}</li>
          <li>Due by {longDate(isp.reviews.dueByAtLatest)} at the latest (at least once a year)</li>
          <li>{isp.reviews.parentMeetings.length} meetings with parents or carers in the last year</li>
        </ul>
      </section>
      <section aria-labelledby="isp-involvement" class="page-section">
        <h3 id="isp-involvement">{H.involvement}</h3>
        <dl class="profile">
          <dt>Parents or carers ({isp.involvement.parentsInvolved ? "involved" : "not yet involved"})</dt><dd>{orNone(isp.involvement.parentView)}</dd>
          <dt>The pupil ({isp.involvement.pupilInvolved ? "involved" : "not yet involved"})</dt><dd>{orNone(isp.involvement.pupilView)}</dd>
        </dl>
      </section>
    </>
  );
}
