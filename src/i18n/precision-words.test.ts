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

const words = (basis: (typeof PRECISION_BASES)[number]) =>
  precisionWords({ precision: "schematic", precision_basis: basis }, "en");

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

  it("say of a course that is public but not traced that it is public, and that the line only joins places", () => {
    const line = { precision: "schematic", precision_basis: "course-public-not-traced" } as const;
    const en = precisionWords(line, "en");
    const zh = precisionWords(line, "zh");
    expect(en.basis).toBe(
      "Its course is public (built, being built or published) but is not traced here: the line joins the towns, stations or interchanges named in its note, showing which places it links rather than its exact course.",
    );
    expect(zh.basis).toBe(
      "线路走向是公开的（已建成、在建或已公布），但图上没有按实际走向描绘：只按注明的城镇、车站或互通连线，表示它连接哪些地点。",
    );
    // A line's words: how far the real course lies from the drawn line, not from a marker or an edge.
    expect(en.offBy).toContain("about 4 km from the drawn line");
    expect(zh.offBy).toContain("实际线路与图上线条的偏差可达约4公里");
    // Different words from the two neighbouring bases, so a reader can tell the three cases apart.
    expect(en.basis).not.toBe(words("built-course-drawn-through-towns").basis);
    expect(en.basis).not.toBe(words("alignment-not-public").basis);
    expect(`${en.basis} ${zh.basis}`).not.toMatch(/not public|未公开|未公布/);
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

  it("never call a public course (built, being built or published) unpublished", () => {
    const publicBases = ["built-course-drawn-through-towns", "course-public-not-traced"];
    const built = projects.filter((p) => p.precision_basis && publicBases.includes(p.precision_basis));
    expect(built.map((p) => p.id)).toContain("grand-canal-jiaxing-section");
    // The lines whose course became public after the plan (issue 31): open, under construction or
    // existing roads, none of them "not public".
    const notTraced = projects.filter((p) => p.precision_basis === "course-public-not-traced");
    expect(notTraced.map((p) => p.id).sort()).toEqual([
      "g524-xincheng-wangdian",
      "g525-haining-section",
      "g525-haiyan-section",
      "jiaxing-urban-expressway",
      "nantong-suzhou-jiaxing-ningbo-railway",
      "shanghai-pinghu-intercity-railway",
      "shanghai-zhapu-hangzhou-railway",
      "suzhou-taizhou-expressway-nanxun-tongxiang",
    ]);
    for (const project of built) {
      for (const language of LANGUAGES) {
        const { basis, offBy } = precisionWords(project, language);
        expect(`${basis} ${offBy}`).not.toMatch(/未公开|未公布|not public|unpublished/i);
      }
      // Nor does the feature's own note (both languages) contradict the basis.
      expect(`${project.note_zh} ${project.note_en}`).not.toMatch(
        /线位未公开|alignment is not public|not public/i,
      );
    }
  });

  it("still say how far off a feature without a basis can be", () => {
    const words = precisionWords({ precision: "schematic" }, "en");
    expect(words.basis).toBeNull();
    expect(words.offBy).toBe("The drawing can be up to about 4 km off.");
  });
});
