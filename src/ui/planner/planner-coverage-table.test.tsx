// @vitest-environment happy-dom
// The planner's coverage table mounted with a table and read as a planner would: by its caption, its
// column headers and each county's row; the designations apart from the platforms; the notes that name
// the schematic projects behind a row; busy while a new table is on its way.
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { CoverageRow, CoverageTable } from "../../analysis/coverage-table";
import { PlannerCoverageTable } from "./planner-coverage-table";

afterEach(cleanup);

const counts = {
  total: 2,
  byPillar: { hub: 1, innovation: 0, quality: 1, openness: 0 },
  byStatus: { planning: 0, preliminary: 0, start: 1, construction: 1, completion: 0, operation: 0 },
};
const row = (adcode: string | null, extra: Partial<CoverageRow>): CoverageRow => ({
  adcode,
  ...counts,
  schematicProjectIds: [],
  railwayKilometres: 12.34,
  highwayKilometres: 0,
  waterwayKilometres: 5,
  platformSquareKilometres: 37.09,
  designationSquareKilometres: 700.4,
  otherZoneSquareKilometres: 4.95,
  landSquareKilometres: 700.4,
  landShareNearRailway: 0.1799,
  landShareNearHighway: 0,
  ...extra,
});
const table: CoverageTable = {
  distanceKilometres: 5,
  rows: [row("330481", { schematicProjectIds: ["g525-haining-section"] }), row(null, {})],
  zones: [],
};
const nameOf = (id: string) => (id === "g525-haining-section" ? "G525海宁段" : id);

describe("the coverage table", () => {
  it("names itself, groups its columns, and keeps designations apart from platforms", () => {
    render(<PlannerCoverageTable table={table} computing={false} nameOf={nameOf} />);
    const grid = screen.getByRole("table", { name: "各区县覆盖" });
    const headers = within(grid)
      .getAllByRole("columnheader")
      .map((cell) => cell.textContent);
    expect(headers).toEqual(
      expect.arrayContaining(["产业平台", "政策区", "其他片区", "土地", "5 公里内土地占比"]),
    );
    expect(headers.indexOf("产业平台")).toBeLessThan(headers.indexOf("政策区"));
  });

  it("gives each county's figures to 0.1 km, shares in percent, the city in the footer", () => {
    render(<PlannerCoverageTable table={table} computing={false} nameOf={nameOf} />);
    const haining = screen.getByRole("row", { name: /海宁市/ });
    const cell = (column: string) => haining.querySelector(`[data-column="${column}"]`)?.textContent;
    expect(cell("railwayKilometres")).toBe("12.3");
    expect(cell("platformSquareKilometres")).toBe("37.1");
    expect(cell("designationSquareKilometres")).toBe("700.4");
    expect(cell("landShareNearRailway")).toBe("18%");
    expect(screen.getByRole("row", { name: /全市/ }).closest("tfoot")).not.toBeNull();
  });

  it("names the schematic projects behind a row in a folded note, linked from the row", async () => {
    render(<PlannerCoverageTable table={table} computing={false} nameOf={nameOf} />);
    const marker = screen.getByRole("link", { name: "含示意走向项目 1" });
    expect(marker.getAttribute("href")).toBe("#coverage-note-330481");
    await userEvent.click(screen.getByText(/注释/));
    expect(document.getElementById("coverage-note-330481")?.textContent).toContain("G525海宁段");
  });

  it("says it is busy while a new table is on its way", () => {
    render(<PlannerCoverageTable table={table} computing={true} nameOf={nameOf} />);
    expect(document.querySelector(".coverage")?.getAttribute("aria-busy")).toBe("true");
  });
});
