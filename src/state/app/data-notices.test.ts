import { describe, expect, it } from "vitest";
import type { LoadedProjects } from "../../data/load-projects";
import { problem } from "../../data/problem";
import { dataNotices } from "./data-notices";

const empty: LoadedProjects = {
  features: [],
  problems: [],
  failures: [],
  pending: [],
  skipped: 0,
  unreadable: [],
};

describe("dataNotices", () => {
  it("counts the projects left off, not the problems found", () => {
    const problems = [
      problem("railway.geojson", "a", "pillar", "bad"),
      problem("railway.geojson", "a", "status", "bad"),
      problem("railway.geojson", "b", "pillar", "bad"),
    ];
    const [notice] = dataNotices({ ...empty, problems, skipped: 2 });
    expect([notice?.message, notice?.values, notice?.details?.lines.length]).toEqual([
      "dataMissing",
      { count: 2 },
      3,
    ]);
  });

  it("names an unreadable file on its own instead of calling it one bad project", () => {
    const problems = [problem("urban.geojson", null, "json", "not valid JSON")];
    const notices = dataNotices({ ...empty, problems, unreadable: ["urban.geojson"] });
    expect(notices.map((notice) => [notice.message, notice.values])).toEqual([
      ["dataUnreadable", { file: "urban.geojson" }],
    ]);
  });

  it("calls faults that leave every project on the map minor problems", () => {
    const problems = [problem("railway.geojson", "a", "colour", "unknown property")];
    expect(dataNotices({ ...empty, problems }).map((notice) => notice.message)).toEqual(["dataWarnings"]);
  });
});
