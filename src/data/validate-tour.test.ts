import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AIRPORT } from "../../tests/support/airport-fixtures";
import { slideShows } from "../filters/slide-filters";
import { formatProblem } from "./problem";
import type { ProjectProperties } from "./project-schema";
import type { TourSlide } from "./tour-schema";
import { validateTour } from "./validate-tour";

const root = resolve(import.meta.dirname, "../..");
const airport = AIRPORT;
const institute = {
  ...airport,
  id: "nanhu-research-institute",
  pillar: "innovation",
  layer: "innovation",
} as ProjectProperties;
const projects = [airport, institute];

const slide: TourSlide = {
  id: "hub-air",
  title_zh: "航空枢纽",
  title_en: "The air hub",
  caption_zh: "打好航空枢纽建设攻坚战。",
  caption_en: "Win the battle of building the air hub.",
  camera: "fit",
  filters: { pillars: ["hub"], layers: ["airport"] },
  highlight: ["jiaxing-military-civil-airport"],
};

function messages(slides: unknown[], context = { projects, shows: slideShows }): string[] {
  return validateTour(JSON.stringify({ slides }), context).problems.map(formatProblem);
}

describe("validateTour", () => {
  it("accepts a sound slide and keeps it whole", () => {
    const result = validateTour(JSON.stringify({ slides: [slide] }), { projects, shows: slideShows });
    expect(result.problems).toEqual([]);
    expect(result.tour.slides).toEqual([slide]);
  });

  it("reports bad JSON and a missing slides array at file level", () => {
    expect(validateTour("{").problems.map(formatProblem)[0]).toMatch(
      /^tour\.json: -: json: is not valid JSON/,
    );
    expect(validateTour("[]").problems.map(formatProblem)).toEqual([
      'tour.json: -: slides: missing; the file must be an object with a "slides" array',
    ]);
  });

  it("names the slide and the field, and drops a slide with a missing caption", () => {
    const { caption_en: _, ...withoutCaption } = slide;
    const result = validateTour(JSON.stringify({ slides: [withoutCaption] }), {
      projects,
      shows: slideShows,
    });
    expect(result.problems.map(formatProblem)).toEqual([
      "tour.json: slide hub-air: caption_en: missing; every slide needs it",
    ]);
    expect(result.tour.slides).toEqual([]);
  });

  it("reports filter values this map does not know and drops them; the slide still plays with the rest", () => {
    const result = validateTour(
      JSON.stringify({ slides: [{ ...slide, filters: { pillars: ["hub", "sky"], colour: ["red"] } }] }),
      { projects, shows: slideShows },
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'tour.json: slide hub-air: filters.pillars: "sky" not one of hub, innovation, quality, openness; it is ignored',
      "tour.json: slide hub-air: filters.colour: unknown filter; use pillars, statuses, layers, counties; it is ignored",
    ]);
    expect(result.tour.slides[0]?.filters).toEqual({ pillars: ["hub"] });
  });

  it("rejects bad cameras and ids", () => {
    expect(messages([{ ...slide, camera: { longitude: 120.7, latitude: 95, zoom: 9 } }])).toEqual([
      "tour.json: slide hub-air: camera.latitude: 95 is outside 28.5–33.5",
    ]);
    expect(messages([{ ...slide, id: "Hub Air" }])[0]).toMatch(/slide Hub Air: id: .* lowercase/);
    expect(messages([slide, slide])).toEqual([
      'tour.json: slide hub-air: id: "hub-air" is used by an earlier slide; ids must be unique',
    ]);
  });

  it("reads a frame camera and a progress view, and rejects a frame outside the region", () => {
    const framed = {
      ...slide,
      camera: { bounds: [120.6, 30.6, 120.8, 30.8] },
      view: { mode: "progress", year: 2023 },
    };
    const result = validateTour(JSON.stringify({ slides: [framed] }), {
      projects,
      shows: slideShows,
      thisYear: 2026,
    });
    expect(result.problems).toEqual([]);
    expect(result.tour.slides[0]).toEqual(framed);
    expect(messages([{ ...slide, camera: { bounds: [140, 30, 141, 31] } }])).toEqual([
      "tour.json: slide hub-air: camera.bounds: [140,30,141,31] is outside the map's region 117.5–124.5°E, 28.5–33.5°N",
    ]);
    expect(messages([{ ...slide, camera: { bounds: [120.8, 30.6, 120.6, 30.8] } }])[0]).toMatch(
      /must run west to east/,
    );
    expect(messages([{ ...slide, view: { mode: "future" } }])[0]).toMatch(/slide hub-air: view: .* must be/);
    expect(messages([{ ...slide, view: { mode: "progress", year: 2019 } }])[0]).toMatch(
      /view.year: 2019 must be a year from 2020/,
    );
  });

  it("keeps the tour's name and schema version, and reports a version newer than it reads", () => {
    const file = { version: 2, title_zh: "我的导览", title_en: "My tour", slides: [slide] };
    const result = validateTour(JSON.stringify(file), { projects, shows: slideShows });
    expect(result.problems).toEqual([]);
    expect(result.tour).toEqual(file);
    const newer = validateTour(JSON.stringify({ ...file, version: 3 }), { projects, shows: slideShows });
    expect(newer.problems.map(formatProblem)).toEqual([
      "tour.json: -: version: 3 is newer than this map reads (2); what it understands still plays",
    ]);
    expect(newer.tour.slides).toHaveLength(1);
  });

  it("lists an empty tour as a problem, unless it is one being made", () => {
    expect(messages([])).toEqual(["tour.json: -: slides: is empty; the tour needs at least one slide"]);
    const making = validateTour(JSON.stringify({ slides: [] }), { emptyIsFine: true });
    expect(making.problems).toEqual([]);
  });

  it("drops an unknown highlighted project but keeps the slide", () => {
    const result = validateTour(JSON.stringify({ slides: [{ ...slide, highlight: ["no-such-project"] }] }), {
      projects,
    });
    expect(result.problems.map(formatProblem)).toEqual([
      'tour.json: slide hub-air: highlight: "no-such-project" is not a project id; it is ignored',
    ]);
    expect(result.tour.slides[0]?.highlight).toEqual([]);
  });

  it("reports a highlight the filters hide and a slide that shows nothing", () => {
    // It says which filter hides it, by the link's name for it.
    expect(messages([{ ...slide, highlight: ["nanhu-research-institute"] }])[0]).toMatch(
      /hidden by the slide's filters \((pillar|layer)(, (layer|county))*\)$/,
    );
    expect(messages([{ ...slide, filters: { statuses: ["operation"] } }])).toContain(
      "tour.json: slide hub-air: filters: show no project; the slide would be an empty map",
    );
  });

  it("reads a large project list once per tour, not once per slide", () => {
    // 10,000 projects, 8 slides: each slide used to build its own id index and test every project.
    const many = Array.from({ length: 10_000 }, (_, index) =>
      index === 0 ? airport : ({ ...institute, id: `project-${index}` } as ProjectProperties),
    );
    let indexed = 0;
    const counted = new Proxy(many, {
      get: (target, key, receiver) => {
        if (key === "map") indexed++;
        return Reflect.get(target, key, receiver);
      },
    });
    let tested = 0;
    const shows: typeof slideShows = (candidate, properties) => {
      tested++;
      return slideShows(candidate, properties);
    };
    const slides = Array.from({ length: 8 }, (_, index) => ({ ...slide, id: `slide-${index}` }));
    const { tour, problems } = validateTour(JSON.stringify({ slides }), { projects: counted, shows });
    expect(problems).toEqual([]);
    expect(tour.slides.map((kept) => kept.highlight)).toEqual(slides.map(() => [airport.id]));
    expect(indexed).toBe(1);
    expect(tested).toBeLessThan(100); // per slide: its highlight, then the first project it shows
  });

  it("requires Chinese captions to quote the plan, passage by passage", () => {
    const context = {
      projects,
      shows: slideShows,
      planText: "打好航空枢纽建设攻坚战。加快推进嘉兴军民合用机场建设",
    };
    expect(
      messages(
        [{ ...slide, caption_zh: "打好航空枢纽建设攻坚战。……加快推进嘉兴军民合用机场建设……" }],
        context,
      ),
    ).toEqual([]);
    expect(messages([{ ...slide, caption_zh: "建成世界一流机场。" }], context)).toEqual([
      'tour.json: slide hub-air: caption_zh: "建成世界一流机场。" is not in the plan text',
    ]);
  });

  it("requires a caption that stops mid-sentence to end with ……, in both languages", () => {
    expect(
      messages([{ ...slide, caption_zh: "打好航空枢纽建设攻坚战。加快推进嘉兴军民合用机场建设" }]),
    ).toEqual(["tour.json: slide hub-air: caption_zh: stops mid-sentence; end it with “……”"]);
    expect(messages([{ ...slide, caption_en: "Win the battle of building the air hub and" }])).toEqual([
      "tour.json: slide hub-air: caption_en: stops mid-sentence; end it with “…”",
    ]);
    expect(
      messages([{ ...slide, caption_zh: "突出“四大枢纽”建设攻坚……", caption_en: "Focus on the four hubs…" }]),
    ).toEqual([]);
    // A whole sentence may close with the plan's quotation mark after the full stop.
    expect(messages([{ ...slide, caption_zh: "聚力打好“枢纽嘉兴。”" }])).toEqual([]);
  });

  it("reads at most 100 slides, keeps the good ones and reports the bad by slide and field", () => {
    const many = Array.from({ length: 10_000 }, (_, index) => ({ ...slide, id: `slide-${index}` }));
    many[1] = { ...slide, id: "slide-1", highlight: ["no-such-project"] };
    many[2] = { ...slide, id: "slide-2", camera: { longitude: 140, latitude: 30.7, zoom: 9 } };
    const result = validateTour(JSON.stringify({ slides: many }), { projects, shows: slideShows });
    expect(result.tour.slides).toHaveLength(99);
    expect(result.problems.map(formatProblem)).toEqual([
      "tour.json: -: slides: has 10000 slides; only the first 100 are read",
      'tour.json: slide slide-1: highlight: "no-such-project" is not a project id; it is ignored',
      "tour.json: slide slide-2: camera.longitude: 140 is outside 117.5–124.5",
    ]);
  });

  it("says which slide an unnamed slide is, by position", () => {
    expect(messages([slide, 42])).toEqual(["tour.json: slide #2: slide: must be an object"]);
  });

  it("applies a slide's filters with the list's own predicate", () => {
    expect(slideShows(slide, airport)).toBe(true);
    expect(slideShows(slide, institute)).toBe(false);
    expect(slideShows({ filters: {} }, institute)).toBe(true);
  });
});

describe("data/tour.json", () => {
  it("is valid against the real projects and quotes the plan", () => {
    const projectsDirectory = resolve(root, "data/projects");
    const names = ["railway", "airport", "waterway", "highway", "platform", "innovation", "urban"];
    const real = names.flatMap((name) =>
      (
        JSON.parse(readFileSync(resolve(projectsDirectory, `${name}.geojson`), "utf8")) as {
          features: { properties: ProjectProperties }[];
        }
      ).features.map((feature) => feature.properties),
    );
    const planPath = resolve(root, "../shared/source/jiaxing-2020-plan.zh.txt");
    const planText = readFileSync(planPath, "utf8");
    const result = validateTour(readFileSync(resolve(root, "data/tour.json"), "utf8"), {
      projects: real,
      shows: slideShows,
      planText,
    });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.tour.slides.map((found) => found.id)).toEqual([
      "overview",
      "hub",
      "hub-rail",
      "hub-air",
      "hub-water",
      "hub-road",
      "innovation",
      "quality",
      "openness",
    ]);
  });
});
