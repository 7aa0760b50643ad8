import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-preact";
import { userEvent } from "vitest/browser";
import { ImportScreen } from "@/components/import/ImportScreen";
import type { Pupil } from "@/graduated-approach/pupil";
import { syntheticUpn } from "@/graduated-approach/upn";
import { createImportModel } from "@/state/import-model";
import { memoryStore } from "../fixtures/memory-store";
import "@/components/ui/styles.css";

const UPN_1 = syntheticUpn("999100127001");
const UPN_2 = syntheticUpn("999100127002");

function setUp() {
  const store = memoryStore<Pupil>();
  const pupils = { ...store, putMany: async (list: readonly Pupil[]) => list.forEach((p) => store.map.set(p.id, p)) };
  const imp = createImportModel({
    storage: () => ({ pupils }),
    now: () => new Date("2026-11-23T10:00:00.000Z"),
    defaultTier: () => "universal",
  });
  const screen = render(<ImportScreen imp={imp} today={() => "2026-11-23"} onCensus={() => {}} />);
  const choose = (name: string, text: string) =>
    userEvent.upload(screen.getByLabelText("CSV or Common Transfer File (XML)"), new File([text], name, { type: "text/csv" }));
  return { screen, store, choose };
}

describe("import pupils screen", () => {
  it("checks the rows again when the user chooses what a column holds", async () => {
    const { screen, choose } = setUp();
    await choose("pupils.csv", `Forename,Family name (legal),DOB,UPN\nTesty,McTestface,01/09/2015,${UPN_1}\nFakey,Fakerson,14/03/2016,${UPN_2}\n`);
    const checks = screen.getByRole("alert");
    await expect.element(checks).toHaveTextContent(
      "No column is used for Surname: choose one below, or only existing pupils matched by UPN can be updated.",
    );
    await expect.element(checks).toHaveTextContent("2 rows have errors and will be skipped. The first is row 2.");
    await expect.element(screen.getByText("pupils.csv: 2 rows; 0 to add, 0 to update, 2 to skip.")).toBeVisible();
    const column = screen.getByLabelText("Family name (legal)");
    await expect.element(column).toHaveValue("");
    await expect.element(screen.getByLabelText("Forename")).toHaveValue("firstName");

    await userEvent.selectOptions(column, "Surname");
    await expect.element(screen.getByText("pupils.csv: 2 rows; 2 to add, 0 to update, 0 to skip.")).toBeVisible();
    await expect.element(screen.getByRole("alert")).not.toBeInTheDocument();
    const table = screen.getByRole("region", { name: /Showing 2 of 2 rows/ });
    await expect.element(table).toHaveTextContent("McTestface");
    await expect.element(table.getByRole("columnheader", { name: "Surname" })).toBeVisible();
    // A field one column holds is not offered for another.
    const forenameOptions = [...(screen.getByLabelText("Forename").element() as HTMLSelectElement).options].map((o) => o.text);
    expect(forenameOptions).not.toContain("Surname");
    expect(forenameOptions).toContain("First name");
  });

  it("links from the summary to the first row with errors", async () => {
    const { screen, choose } = setUp();
    await choose("pupils.csv", `Forename,Surname,DOB,UPN\nTesty,McTestface,01/09/2015,${UPN_1}\nBad,Date,31/02/2015,${UPN_2}\n`);
    await screen.getByRole("link", { name: "1 row has errors and will be skipped. The first is row 3." }).click();
    const row = screen.getByRole("row", { name: /Row 3/ });
    await expect.element(row).toHaveTextContent("Row 3: date of birth 31/02/2015 is not a real date");
    expect(document.activeElement).toBe(row.element());
  });

  it("says why an Excel workbook cannot be read, with the summary focused", async () => {
    const { screen, choose, store } = setUp();
    await choose("pupils.xlsx", "PK\u0003\u0004\u0014\u0000\u0006\u0000");
    const summary = screen.getByRole("alert");
    await expect.element(summary).toHaveTextContent("There is a problem");
    await expect.element(summary).toHaveTextContent("This looks like an Excel workbook: save it as CSV from your MIS or Excel first");
    await expect.poll(() => document.activeElement).toBe(summary.element());
    expect(store.map.size).toBe(0);
  });

  it("reports what was added and lists each skipped row with its reason", async () => {
    const { screen, choose, store } = setUp();
    await choose("pupils.csv", `Forename,Surname,DOB,UPN\nTesty,McTestface,01/09/2015,${UPN_1}\nDupe,McDupeface,01/09/2015,${UPN_1}\n`);
    await screen.getByLabelText("I have checked the preview").click();
    await screen.getByRole("button", { name: "Import 1 pupil" }).click();
    await expect.element(screen.getByText("Added 1, updated 0, skipped 1.")).toHaveAttribute("role", "status");
    await expect.poll(() => document.activeElement).toBe(screen.getByRole("heading", { name: "Import finished" }).element());
    const skipped = screen.getByRole("row", { name: /Row 3/ });
    await expect.element(skipped).toHaveTextContent(`Dupe McDupeface${UPN_1}UPN ${UPN_1} is already on row 2.`);
    await expect.element(screen.getByRole("button", { name: "Download skipped rows (CSV)" })).toBeVisible();
    expect(store.map.size).toBe(1);
  });
});
