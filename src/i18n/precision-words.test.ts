import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PRECISION_BASES, type ProjectProperties } from "../data/project-schema";
import { LANGUAGES } from "./language";
import { precisionWords } from "./precision-words";

const projects: ProjectProperties[] = readdirSync("data/projects").flatMap(
  (file) =>
    JSON.parse(readFileSync(`data/projects/${file}`, "utf8")).features.map(
      (feature: { properties: ProjectProperties }) => feature.properties,
    ) as ProjectProperties[],
);

describe("precision words", () => {
  it("say how far a schematic, approximate and exact drawing can be off, from the precision table", () => {
    const line = { precision_basis: "alignment-not-public" } as const;
    expect(precisionWords({ precision: "schematic", ...line }, "en").offBy).toContain("about 4 km");
    expect(precisionWords({ precision: "approximate", ...line }, "en").offBy).toContain("about 1.5 km");
    expect(precisionWords({ precision: "schematic", ...line }, "zh").offBy).toContain("约4公里");
    const airport = { precision: "exact", precision_basis: "surveyed-position" } as const;
    expect(precisionWords(airport, "en").offBy).toBe(
      "The drawing is within about 100 m of the real position.",
    );
    expect(precisionWords(airport, "zh").offBy).toContain("约100米");
  });

  it("fit the kind of geometry: a course for lines, an edge for zones, a marker for sites", () => {
    const words = (basis: (typeof PRECISION_BASES)[number]) =>
      precisionWords({ precision: "schematic", precision_basis: basis }, "en");
    expect(words("built-course-drawn-through-towns").basis).toContain(
      "drawn through the towns and stations on its course, not traced along it",
    );
    expect(words("built-course-drawn-through-towns").offBy).toContain("from the drawn line");
    expect(words("alignment-not-public").basis).toContain("alignment is not public");
    expect(words("boundary-not-public").basis).toContain("no published boundary");
    expect(words("boundary-not-public").offBy).toContain("from the drawn edge");
    expect(words("point-in-district").basis).toContain("Placed in its district");
    expect(words("point-in-district").offBy).toContain("from the marker");
  });

  it("have words for every basis in both languages", () => {
    for (const basis of PRECISION_BASES) {
      for (const language of LANGUAGES) {
        const words = precisionWords({ precision: "approximate", precision_basis: basis }, language);
        expect(words.basis?.length).toBeGreaterThan(10);
        expect(words.offBy).not.toMatch(/\{/);
      }
    }
  });

  it("never call a built canal's, road's or railway's course unpublished", () => {
    const built = projects.filter((p) => p.precision_basis === "built-course-drawn-through-towns");
    expect(built.map((p) => p.id)).toContain("grand-canal-jiaxing-section");
    for (const project of built) {
      for (const language of LANGUAGES) {
        const { basis, offBy } = precisionWords(project, language);
        expect(`${basis} ${offBy}`).not.toMatch(/未公开|未公布|not public|unpublished/i);
      }
    }
  });

  it("still say how far off a feature without a basis can be", () => {
    const words = precisionWords({ precision: "schematic" }, "en");
    expect(words.basis).toBeNull();
    expect(words.offBy).toBe("The drawing can be up to about 4 km off.");
  });
});
