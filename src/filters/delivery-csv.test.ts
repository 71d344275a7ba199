import { describe, expect, it } from "vitest";
import type { ProgressEntry } from "../data/progress-schema";
import { deliveryCsv, deliveryRows } from "./delivery-csv";
import { deliveryCounts, PROGRESS_STAGES } from "./progress-at-date";

const features = [
  { properties: { id: "a", pillar: "hub", layer: "railway", counties: ["330402"] } },
  { properties: { id: "b", pillar: "hub", layer: "highway", counties: ["330402", "330411"] } },
] as const;

const entry = (project: string, date: string, stage: ProgressEntry["stage"]): ProgressEntry => ({
  project,
  date,
  stage,
  text_zh: "",
  text_en: "",
  source_url: "https://example.org/",
  source_title: "",
  source_excerpt: "",
});

describe("deliveryCsv", () => {
  const counts = deliveryCounts(
    features as never,
    [entry("a", "2021-06-28", "opened"), entry("b", "2023", "construction-started")],
    2022,
  );
  const rows = deliveryRows(counts);
  const csv = deliveryCsv(rows, 2022, {
    yearHeader: "year",
    groupHeader: "group",
    rowHeader: "row",
    totalHeader: "total",
    group: (group) => group,
    row: (row) => (row.key === "330402" ? 'Nanhu, "centre"' : row.key === "all" ? "=all" : row.key),
    stage: (stage) => stage,
  });
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");

  it("counts each project by its stage at the end of the year", () => {
    expect(lines[0]).toBe(`year,group,row,total,${PROGRESS_STAGES.join(",")}`);
    const all = lines[1]?.split(",") ?? [];
    expect(all.slice(0, 4)).toEqual(["2022", "all", "'=all", "2"]);
    // a opened in 2021; b's start is dated 2023, after the chosen year, so it has no record yet.
    expect(Number(all[4 + PROGRESS_STAGES.indexOf("opened")])).toBe(1);
    expect(Number(all[4 + PROGRESS_STAGES.indexOf("no-record")])).toBe(1);
  });

  it("quotes labels with commas and quotes, and starts with a byte-order mark", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines.find((line) => line.includes("Nanhu"))).toContain('"Nanhu, ""centre"""');
  });

  it("has one row for everything, each pillar, layer and county", () => {
    expect(rows[0]?.group).toBe("all");
    expect(rows.filter((row) => row.group === "county").length).toBeGreaterThan(1);
    expect(rows.find((row) => row.key === "330402")?.total).toBe(2);
  });
});
