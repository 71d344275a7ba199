// @vitest-environment happy-dom
// The detail panel mounted with a project and used by role and name: the plan's words verbatim, the facts
// in the interface language, the fix when the filters hide the project, close, frame and read in the plan.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeProject } from "../../../tests/support/make-point-project";
import { indexFeature } from "../../filters/indexed-properties";
import { DEFAULT_FILTERS, type ProjectFilters } from "../../filters/project-filters";
import { TextProvider } from "../shell/text-context";
import { DetailPanel } from "./detail-panel";

afterEach(cleanup);

const airport = indexFeature(
  makeProject({
    id: "jiaxing-military-civil-airport",
    name_zh: "嘉兴军民合用机场",
    name_en: "Jiaxing military–civil dual-use airport",
    layer: "airport",
    status: "start",
    precision: "exact",
    precision_basis: "surveyed-position",
    counties: ["330402"],
    source_quote: "加快推进嘉兴军民合用机场建设,年内力争主体工程全面开工建设",
    source_section: "枢纽嘉兴 · 打好航空枢纽建设攻坚战",
    source_quote_en: "Speed up the military–civil airport",
    source_section_en: "Hub Jiaxing · Air hub",
  }),
).properties;

function mount(language: "zh" | "en", filters?: ProjectFilters) {
  const handlers = { onClose: vi.fn(), onFrame: vi.fn(), onReadInPlan: vi.fn(), onFilters: vi.fn() };
  render(
    <TextProvider language={language}>
      <DetailPanel project={airport} filters={filters} {...handlers} />
    </TextProvider>,
  );
  return handlers;
}

describe("the detail panel", () => {
  it("heads with the name, quotes the plan verbatim with its section, and states the facts", () => {
    mount("zh", DEFAULT_FILTERS);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("嘉兴军民合用机场");
    expect(document.querySelector(".detail-quote blockquote")?.textContent).toBe(airport.source_quote);
    expect(screen.getByText(/出处/).textContent).toContain(airport.source_section);
    expect(screen.getByText("南湖区")).toBeTruthy();
    expect(screen.getByText("位置准确")).toBeTruthy();
    // Nothing hides it: no notice.
    expect(document.querySelector(".hidden-notice")).toBeNull();
  });

  it("in English, gives the translation first with the Chinese original beneath", () => {
    mount("en");
    const quotes = document.querySelectorAll(".detail-quote blockquote");
    expect([...quotes].map((quote) => quote.getAttribute("lang"))).toEqual(["en", "zh-CN"]);
    expect(quotes[0]?.textContent).toBe(airport.source_quote_en);
  });

  it("says which filter hides it and lifts just that one in one click", async () => {
    const handlers = mount("zh", { ...DEFAULT_FILTERS, counties: ["330481"], query: "机场" });
    expect(screen.getByRole("status").textContent).toContain("被当前筛选隐藏（区县：海宁市）");
    await userEvent.click(screen.getByRole("button", { name: "显示它：区县加上南湖区" }));
    expect(handlers.onFilters).toHaveBeenCalledWith({ counties: ["330402", "330481"] });
  });

  it("closes, frames and opens the plan at its clause", async () => {
    const handlers = mount("zh", DEFAULT_FILTERS);
    await userEvent.click(screen.getByRole("button", { name: "关闭" }));
    await userEvent.click(screen.getByRole("button", { name: "在地图上定位" }));
    await userEvent.click(screen.getByRole("button", { name: "在原文中查看" }));
    expect(handlers.onClose).toHaveBeenCalledTimes(1);
    expect(handlers.onFrame).toHaveBeenCalledTimes(1);
    expect(handlers.onReadInPlan).toHaveBeenCalledTimes(1);
  });
});
