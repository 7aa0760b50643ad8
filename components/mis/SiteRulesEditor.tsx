import { useState } from "preact/hooks";
import { FIELD_LABELS, RULE_FIELDS, type AdapterRules, type FieldRule, type RuleField } from "@/mis-pupil/detect";
import type { MisSite } from "@/mis-pupil/site-adapter";
import type { MisSitesModel, RuleTestResult } from "@/state/mis-sites-model";
import { TextField } from "@/components/ui/fields";


/**
 * Where on this site's pupil page each field is: a CSS selector, a pattern, or both. Fields left blank are
 * found the general way (a UPN with a valid check letter, labelled names and dates of birth).
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
      <h4>Page reading rules for {site.name}</h4>
      <p class="hint">
        A selector is a CSS selector for the element holding the value, such as <code>.pupil-header h1</code>. A pattern is a
        regular expression whose first group is the value, such as <code>UPN:\s*(\w+)</code>. Leave both blank to let SEND
        Companion find the field itself.
      </p>
      {problems.length > 0 && (
        <div class="error-summary" role="alert">
          <h5>The rules were not saved</h5>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      <div class="rule-grid">
        {RULE_FIELDS.map((field) => (
          <fieldset key={field}>
            <legend>{FIELD_LABELS[field]}</legend>
            <TextField id={`${prefix}-${field}-selector`} label="Selector" value={rules[field]?.selector ?? ""} onInput={(v) => set(field, "selector", v)} />
            <TextField id={`${prefix}-${field}-pattern`} label="Pattern" value={rules[field]?.pattern ?? ""} onInput={(v) => set(field, "pattern", v)} />
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
            <h5>What the rules find on the open page</h5>
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
