import { describe, expect, it } from "vitest";
import { render } from "vitest-browser-preact";
import { userEvent } from "vitest/browser";
import { MisFollowBar } from "@/components/mis/MisFollowBar";
import type { MisSite } from "@/mis-pupil/site-adapter";
import "@/components/ui/styles.css";

const site: MisSite = { id: "site-1", name: "Pretend MIS", origin: "https://mis.example.test", rules: {}, addedAt: "2026-01-01T00:00:00.000Z" };

describe("the MIS bar when a UPN's page disagrees with the record", () => {
  it("says what differs and opens the record only when asked", async () => {
    const opened: string[] = [];
    const screen = await render(
      <MisFollowBar
        onScreen={{
          kind: "pupil",
          site,
          pupil: { upn: "L999200115001", fullName: "Eve Example", dateOfBirth: "2016-01-01", via: "generic" },
          match: {
            kind: "differs",
            pupilId: "p-ada",
            differences: [
              { field: "name", onPage: "Eve Example", inRecord: "Ada Testpupil" },
              { field: "dateOfBirth", onPage: "2016-01-01", inRecord: "2015-03-04" },
            ],
          },
        }}
        paused={false}
        describePupil={() => "Ada Testpupil (Year 5)"}
        onOpen={(id) => opened.push(id)}
        onAdd={() => undefined}
        onPause={() => undefined}
        onResume={() => undefined}
      />,
    );
    const items = screen.getByRole("listitem").elements().map((li) => li.textContent);
    expect(items).toEqual([
      "Name: the page says Eve Example; the record says Ada Testpupil.",
      "Date of birth: the page says 1 January 2016; the record says 4 March 2015.",
    ]);
    await expect.element(screen.getByText(/their record was not opened/)).toBeVisible();
    expect(opened).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "Open their record anyway" }));
    expect(opened).toEqual(["p-ada"]);
  });
});
