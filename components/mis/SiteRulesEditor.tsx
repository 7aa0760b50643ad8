import { useState } from "preact/hooks";
import { FIELD_LABELS, RULE_FIELDS, type AdapterRules, type FieldRule, type RuleField } from "@/mis-pupil/detect";
import type { MisSite } from "@/mis-pupil/site-adapter";
import type { MisSitesModel, RuleTestResult } from "@/state/mis-sites-model";
import { patternAfterWords, wordsOfPattern } from "@/mis-pupil/label-rule";
import { TextField } from "@/components/ui/fields";

/**
 * Where on this site's pupil page each field is, in plain words (the words just before it on the page), or for
 * the technically minded under "Advanced": a CSS selector, a pattern, or both. Fields left blank are found the
 * general way (a UPN with a valid check letter, labelled names and dates of birth).
 */
export function SiteRulesEditor({ site, model }: { site: MisSite; model: MisSitesModel }) {
  const [rules, setRules] = useState<AdapterRules>(site.rules);
  const [problems, setProblems] = useState<string[]>([]);
  const [results, setResults] = useState<RuleTestResult | null>(null);
  const [testProblem, setTestProblem] = useState<string | null>(null);
  const prefix = `rules-${site.id}`;

  const set = (field: RuleField, part: keyof FieldRule, value: string) =>
    setRules((r) => {
      const rule = { ...r[field], [part]: value.trim() === "" ? undefined : value };
      const next = { ...r, [field]: rule };
      if (!rule.selector && !rule.pattern) delete next[field];
      return next;
    });

  const test = async () => {
    setResults(null);
    const outcome = await model.testRules(site.origin, rules);
    if (outcome.ok) {
      setTestProblem(null);
      setResults(outcome.results);
    } else setTestProblem(outcome.message);
  };

  return (
    <div class="rules-editor">
      <h3>Page reading rules for {site.name}</h3>
      <p class="hint">
        SEND Companion finds a pupil's UPN, name and date of birth on most pages by itself. If it misses one on {site.name}, type
        the words that come just before it on the page, for example <q>Pupil UPN</q>, then test on the open page. Leave a
        field blank to let SEND Companion find it itself.
      </p>
      {problems.length > 0 && (
        <div class="error-summary" role="alert">
          <h4>The rules were not saved</h4>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      <div class="rule-grid">
        {RULE_FIELDS.map((field) => (
          <fieldset key={field}>
            <legend>{FIELD_LABELS[field]}</legend>
            <TextField
              id={`${prefix}-${field}-words`}
              label="Words just before it on the page"
              value={wordsOfPattern(rules[field]?.pattern) ?? ""}
              onInput={(v) => set(field, "pattern", patternAfterWords(v) ?? "")}
            />
            <details class="advanced-rule" open={Boolean(rules[field]?.selector || (rules[field]?.pattern && !wordsOfPattern(rules[field]?.pattern)))}>
              <summary>Advanced: CSS selector and pattern</summary>
              <p class="hint">
                A CSS selector picks the element holding the value, such as <code>.pupil-header h1</code>. A pattern is a regular
                expression whose first group is the value, such as <code>UPN:\s*(\w+)</code>.
              </p>
              <TextField id={`${prefix}-${field}-selector`} label="Selector" value={rules[field]?.selector ?? ""} onInput={(v) => set(field, "selector", v)} />
              <TextField id={`${prefix}-${field}-pattern`} label="Pattern" value={rules[field]?.pattern ?? ""} onInput={(v) => set(field, "pattern", v)} />
            </details>
          </fieldset>
        ))}
      </div>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={() => void test()}>Test on the open page</button>
        <button type="button" class="button" onClick={() => void model.saveRules(site.id, rules).then(setProblems)}>Save rules</button>
      </div>
      <div aria-live="polite">
        {testProblem && <p class="error-message">{testProblem}</p>}
        {results && (
          <>
            <h4>What the rules find on the open page</h4>
            <ul class="rule-results">
              {results.map((r) => (
                <li key={r.field} class={r.status}>{r.message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
