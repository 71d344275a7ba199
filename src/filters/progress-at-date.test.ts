import { describe, expect, it } from "vitest";
import type { ProgressEntry } from "../data/progress-schema";
import type { ProjectProperties } from "../data/project-schema";
import { deliveryCounts, latestStage, PROGRESS_STAGES } from "./progress-at-date";

const source = {
  text_zh: "事实。",
  text_en: "A fact.",
  source_url: "https://example.org",
  source_title: "Title",
  source_excerpt: "Excerpt",
};
const entry = (project: string, stage: ProgressEntry["stage"], date: string): ProgressEntry => ({
  project,
  stage,
  date,
  ...source,
});
const entries = [
  entry("airport", "approved", "2021-08"),
  entry("airport", "construction-started", "2022-11-23"),
  entry("airport", "opened", "2025-12-26"),
  entry("railway", "approved", "2022"),
  entry("railway", "construction-started", "2022-11-30"),
  entry("tram", "opened", "2021-06-25"),
  entry("tram", "completed", "2021"),
  entry("port", "construction-started", "2021"),
  entry("port", "suspended", "2023-04"),
];
const feature = (
  id: string,
  pillar: ProjectProperties["pillar"],
  layer: ProjectProperties["layer"],
  counties: ProjectProperties["counties"],
) => ({ properties: { id, pillar, layer, counties } });
const features = [
  feature("airport", "hub", "airport", ["330402"]),
  feature("railway", "hub", "railway", ["330402", "330424"]),
  feature("tram", "hub", "railway", ["330402"]),
  feature("port", "hub", "waterway", ["330482"]),
  feature("institute", "innovation", "innovation", ["330402"]),
];

describe("latestStage", () => {
  it("gives the last stage reached by the end of the year", () => {
    expect(latestStage(entries, "airport", 2020)).toBe("no-record");
    expect(latestStage(entries, "airport", 2021)).toBe("approved");
    expect(latestStage(entries, "airport", 2024)).toBe("construction-started");
    expect(latestStage(entries, "airport", 2025)).toBe("opened");
  });

  it("orders overlapping dates by stage, so a year-only date does not outrank a later day", () => {
    expect(latestStage(entries, "railway", 2022)).toBe("construction-started");
    expect(latestStage(entries, "tram", 2021)).toBe("completed");
  });

  it("shows a suspension that came after the last stage", () => {
    expect(latestStage(entries, "port", 2022)).toBe("construction-started");
    expect(latestStage(entries, "port", 2023)).toBe("suspended");
  });

  it("says no-record for a project without entries", () => {
    expect(latestStage(entries, "institute", 2026)).toBe("no-record");
  });
});

describe("deliveryCounts", () => {
  it("counts each project once per pillar and layer, and once in each county it touches", () => {
    const counts = deliveryCounts(features, entries, 2022);
    expect(counts.total).toMatchObject({
      approved: 0,
      "construction-started": 3,
      completed: 1,
      "no-record": 1,
    });
    expect(counts.byPillar.hub).toMatchObject({ "construction-started": 3, completed: 1 });
    expect(counts.byPillar.innovation["no-record"]).toBe(1);
    expect(counts.byLayer.railway).toMatchObject({ "construction-started": 1, completed: 1 });
    expect(counts.byCounty["330402"]).toMatchObject({
      approved: 0,
      "construction-started": 2,
      completed: 1,
      "no-record": 1,
    });
    expect(counts.byCounty["330424"]["construction-started"]).toBe(1);
    expect(counts.byCounty["330421"]["no-record"]).toBe(0);
    expect(deliveryCounts(features, entries, 2021).byLayer.airport.approved).toBe(1);
  });

  it("has a zero for every stage, so a legend never meets a missing key", () => {
    const counts = deliveryCounts([], entries, 2022);
    expect(Object.keys(counts.total)).toEqual([...PROGRESS_STAGES]);
    expect(Object.values(counts.byLayer.urban)).toEqual(PROGRESS_STAGES.map(() => 0));
  });
});

describe("PROGRESS_STAGES", () => {
  it("lists the record's stages in order, then no-record", () => {
    expect(PROGRESS_STAGES).toEqual([
      "approved",
      "construction-started",
      "opened",
      "completed",
      "suspended",
      "cancelled",
      "no-record",
    ]);
  });
});
