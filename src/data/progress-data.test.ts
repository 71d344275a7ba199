// The shipped record must pass its own validation, so the app never has to drop a fact from it.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "./problem";
import { isoDay } from "./progress-dates";
import { validateProgressText } from "./validate-progress";

const data = resolve(import.meta.dirname, "../../data");

function projectIds(): Set<string> {
  const ids = new Set<string>();
  for (const file of readdirSync(resolve(data, "projects"))) {
    if (!file.endsWith(".geojson")) continue;
    const collection = JSON.parse(readFileSync(resolve(data, "projects", file), "utf8")) as {
      features: { properties: { id: string } }[];
    };
    for (const feature of collection.features) ids.add(feature.properties.id);
  }
  return ids;
}

describe("data/progress.json", () => {
  it("passes validation against the shipped projects with no problem", () => {
    const text = readFileSync(resolve(data, "progress.json"), "utf8");
    const result = validateProgressText(text, { projectIds: projectIds(), today: isoDay(new Date()) });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.entries.length).toBeGreaterThan(0);
    expect(result.asOf).not.toBeNull();
  });
});
