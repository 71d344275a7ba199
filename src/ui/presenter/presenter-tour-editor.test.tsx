// @vitest-environment happy-dom
// The tour editor mounted with a presenter whose own tour lives in the test: used as a person would (by
// role and name), each edit checked in the tour it hands back.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef, useState } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { shippedProjectFeatures, shippedTour } from "../../../tests/support/shipped-data";
import { parsePlan } from "../../data/plan-schema";
import type { Tour } from "../../data/tour-schema";
import { indexFeature } from "../../filters/indexed-properties";
import { DEFAULT_FILTERS, type ProjectFilters } from "../../filters/project-filters";
import { groundOf } from "../../geo/web-mercator";
import { startTour } from "../../state/presenter/presenter-tour-edits";
import type { Presenter } from "../../state/presenter/use-presenter";
import { TextProvider } from "../shell/text-context";
import { PresenterTourEditor } from "./presenter-tour-editor";

const downloads = vi.hoisted(() => ({ calls: [] as [string, string, string][] }));
vi.mock("../../browser/download-file", () => ({
  downloadText: (name: string, text: string, type: string) => downloads.calls.push([name, text, type]),
}));
// The plan's text from the repository, not fetched.
vi.mock("../../state/presenter/presenter-plan-text", async (original) => {
  const actual = await original<typeof import("../../state/presenter/presenter-plan-text")>();
  const file = resolve(import.meta.dirname, "../../../data/plan/plan.json");
  const parsed = parsePlan(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.ok) throw new Error(parsed.error);
  const plan = { blocks: parsed.blocks, text: actual.planTextOf(parsed.blocks) };
  return { ...actual, loadPlanText: () => Promise.resolve(plan) };
});

const all = shippedProjectFeatures().map(indexFeature);
const planTour = shippedTour();
const camera = { longitude: 120.75, latitude: 30.7, zoom: 10 };
const outline = { left: 500, top: 40, right: 1000, bottom: 700 };

let changes: Tour[] = [];
let chosen: string[] = [];

function Harness({ initial }: { initial: Tour | null }) {
  const [tour, setTour] = useState<Tour | null>(initial);
  const [choice, setChoice] = useState<"plan" | "mine">(initial ? "mine" : "plan");
  const [filters, setFilters] = useState<ProjectFilters>(DEFAULT_FILTERS);
  const change = (next: Tour) => {
    changes.push(next);
    setTour(next);
  };
  const presenter = {
    own: { tour, problems: [], change, clear: () => setTour(null), loadFile: vi.fn() },
    ownTour: tour,
    planTour,
    tourChoice: choice,
    chooseTour: (next: "plan" | "mine") => {
      chosen.push(next);
      setChoice(next);
    },
    show: vi.fn(),
    setEditing: vi.fn(),
    index: 0,
    mapView: "plan",
    year: null,
    setFilters: (next: Partial<ProjectFilters>) => setFilters((current) => ({ ...current, ...next })),
    clearFilters: () => setFilters(DEFAULT_FILTERS),
    setView: vi.fn(),
    properties: all.map((feature) => feature.properties),
    setDraftHighlight: vi.fn(),
  } as unknown as Presenter;
  const visible = all.filter((feature) => filters.pillars.includes(feature.properties.pillar));
  return (
    <TextProvider language="zh">
      <PresenterTourEditor
        presenter={presenter}
        filters={filters}
        camera={camera}
        visible={visible}
        all={all}
        outline={outline}
        editorRef={createRef()}
      />
    </TextProvider>
  );
}

beforeEach(() => {
  changes = [];
  chosen = [];
  downloads.calls = [];
});
afterEach(cleanup);

describe("the tour editor", () => {
  it("offers an empty tour beside a copy of the plan's, and plays the empty one", async () => {
    render(<Harness initial={null} />);
    expect(screen.getByText(/还没有自己的导览/)).toBeTruthy();
    expect(screen.getByRole("radio", { name: "我的导览" })).toHaveProperty("disabled", true);
    await userEvent.click(screen.getByRole("button", { name: "新建空白导览" }));
    expect(changes).toEqual([startTour(null)]);
    expect(chosen).toEqual(["mine"]);
    expect(screen.getByText(/还没有页面/)).toBeTruthy();
  });

  it("asks before a copy of the plan's tour replaces a tour that has slides", async () => {
    render(<Harness initial={{ ...startTour(null), slides: planTour.slides.slice(0, 2) }} />);
    await userEvent.click(screen.getByRole("button", { name: "复制规划导览" }));
    expect(screen.getByRole("alert").textContent).toMatch(/这会替换我的导览（2 页）/);
    await userEvent.click(screen.getByRole("button", { name: "取消" }));
    expect(changes).toEqual([]);
    await userEvent.click(screen.getByRole("button", { name: "复制规划导览" }));
    await userEvent.click(screen.getByRole("button", { name: "替换" }));
    expect(changes.at(-1)?.slides.map((slide) => slide.id)).toEqual(planTour.slides.map((slide) => slide.id));
  });

  it("adds the view being framed: the ground in the outline, its filters, titles and the plan's words", async () => {
    render(<Harness initial={startTour(null)} />);
    const thisView = screen.getByRole("region", { name: "当前视图显示什么" });
    await userEvent.click(within(thisView).getByRole("button", { name: /^创新嘉兴/ }));
    await userEvent.type(screen.getByLabelText("中文标题"), "铁路");
    await userEvent.type(screen.getByLabelText("英文标题"), "The rail hub");
    await userEvent.type(screen.getByLabelText("从规划原文中查找说明文字"), "铁路枢纽");
    const sentences = await screen.findByRole("list", { name: "规划原文中的句子" });
    await userEvent.click(within(sentences).getAllByRole("button")[0] as HTMLElement);
    await userEvent.type(screen.getByLabelText("说明的英文译文"), "Win the battle of building the rail hub.");
    await userEvent.click(screen.getByRole("button", { name: "添加当前视图" }));
    const slide = changes.at(-1)?.slides[0];
    expect(slide?.id).toBe("the-rail-hub");
    expect(slide?.filters).toEqual({ pillars: ["hub", "quality", "openness"] });
    const ground = groundOf(camera, { width: window.innerWidth, height: window.innerHeight }, outline);
    expect(slide?.camera).toEqual({ bounds: ground.map((value) => Number(value.toFixed(5))) });
    expect(slide?.caption_zh).toMatch(/铁路枢纽/);
    expect(slide).not.toHaveProperty("view");
  });

  it("changes one slide's filters with the filter panel's own controls", async () => {
    render(<Harness initial={{ ...startTour(null), slides: planTour.slides.slice(0, 2) }} />);
    await userEvent.click(screen.getByRole("button", { name: /^第 2 页显示什么/ }));
    const panels = screen.getAllByRole("button", { name: /^海宁市/ });
    // The slide's panel comes before the panel of the view being framed.
    await userEvent.click(panels[0] as HTMLElement);
    expect(changes.at(-1)?.slides[1]?.filters).toEqual({ pillars: ["hub"], counties: ["330481"] });
    expect(changes.at(-1)?.slides[0]).toBe(planTour.slides[0]);
  });

  it("moves and deletes slides, and downloads the tour named by it at its schema version", async () => {
    render(<Harness initial={{ ...startTour(null), slides: planTour.slides.slice(0, 3) }} />);
    await userEvent.click(screen.getByRole("button", { name: "第 2 页上移" }));
    expect(changes.at(-1)?.slides.map((slide) => slide.id)).toEqual(["hub", "overview", "hub-rail"]);
    await userEvent.click(screen.getByRole("button", { name: "删除第 3 页" }));
    expect(changes.at(-1)?.slides.map((slide) => slide.id)).toEqual(["hub", "overview"]);
    await userEvent.click(screen.getByRole("button", { name: "下载导览文件" }));
    const [name, text, type] = downloads.calls[0] ?? [];
    expect([name, type]).toEqual(["my-tour.tour.json", "application/json"]);
    expect(JSON.parse(text ?? "{}")).toMatchObject({
      version: 2,
      title_en: "My tour",
      slides: [{ id: "hub" }, { id: "overview" }],
    });
  });
});
