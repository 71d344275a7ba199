// @vitest-environment happy-dom
// The filter panel and the active-filter summary mounted with their props and used by role and name:
// every choice says what it would show, a change is handed up as the facet's new list, each active
// filter is a chip whose × lifts it alone, and a project the filters hide is said so with its one fix.
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeProject } from "../../../tests/support/make-point-project";
import { facetCounts } from "../../filters/facet-counts";
import { indexFeature } from "../../filters/indexed-properties";
import { DEFAULT_FILTERS, type ProjectFilters } from "../../filters/project-filters";
import { FilterPanel } from "./filter-panel";
import { FilterSummary } from "./filter-summary";

afterEach(cleanup);

const features = [
  makeProject({ id: "rail", layer: "railway", status: "start", counties: ["330481"] }),
  makeProject({
    id: "airport",
    name_zh: "嘉兴军民合用机场",
    layer: "airport",
    status: "start",
    counties: ["330402"],
  }),
  makeProject({ id: "town", layer: "urban", pillar: "quality", status: "operation", counties: ["330402"] }),
].map(indexFeature);

describe("the filter panel", () => {
  it("shows every choice with what it would show, and hands up the facet's new list", async () => {
    const onChange = vi.fn<(change: Partial<ProjectFilters>) => void>();
    render(
      <FilterPanel
        filters={DEFAULT_FILTERS}
        counts={facetCounts(features, DEFAULT_FILTERS)}
        onChange={onChange}
        onClear={() => undefined}
      />,
    );
    const operation = screen.getByRole("checkbox", { name: /已建运营/ });
    expect((operation as HTMLInputElement).checked).toBe(true);
    expect(operation.closest("label")?.textContent).toContain("1");
    await userEvent.click(operation);
    expect(onChange).toHaveBeenLastCalledWith({
      statuses: DEFAULT_FILTERS.statuses.filter((status) => status !== "operation"),
    });
    const haining = screen.getByRole("button", { name: /海宁市/ });
    expect(haining.getAttribute("aria-pressed")).toBe("false");
    await userEvent.click(haining);
    expect(onChange).toHaveBeenLastCalledWith({ counties: ["330481"] });
    // Nothing filtered: nothing to clear.
    expect((screen.getByRole("button", { name: "清除全部筛选" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("marks what is chosen: a pressed pillar, an unchecked layer", () => {
    const filters: ProjectFilters = { ...DEFAULT_FILTERS, pillars: ["quality"], layers: ["urban"] };
    render(
      <FilterPanel
        filters={filters}
        counts={facetCounts(features, filters)}
        onChange={() => undefined}
        onClear={() => undefined}
      />,
    );
    expect(screen.getByRole("button", { name: /品质嘉兴/ }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByRole("button", { name: /枢纽嘉兴/ }).getAttribute("aria-pressed")).toBe("false");
    expect((screen.getByRole("checkbox", { name: /铁路与轨道/ }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole("button", { name: "清除全部筛选" }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe("the active filters", () => {
  it("are chips with a × that lifts one, and clear all", async () => {
    const onFilters = vi.fn<(change: Partial<ProjectFilters>) => void>();
    const onClear = vi.fn();
    const filters: ProjectFilters = {
      ...DEFAULT_FILTERS,
      counties: ["330481"],
      statuses: ["start"],
      query: "机场",
    };
    render(
      <FilterSummary
        filters={filters}
        shown={0}
        hidden={undefined}
        onFilters={onFilters}
        onClear={onClear}
      />,
    );
    const chips = screen.getByRole("group", { name: "当前筛选" });
    expect(chips.textContent).toContain("区县：海宁市");
    expect(chips.textContent).toContain("进度：年内开工");
    expect(chips.textContent).toContain("搜索“机场”");
    await userEvent.click(screen.getByRole("button", { name: "取消区县筛选" }));
    expect(onFilters).toHaveBeenLastCalledWith({ counties: [] });
    await userEvent.click(screen.getByRole("button", { name: "取消搜索筛选" }));
    expect(onFilters).toHaveBeenLastCalledWith({ query: "" });
    await userEvent.click(screen.getByRole("button", { name: "清除全部" }));
    expect(onClear).toHaveBeenCalled();
    // An empty list names the filters it answers.
    expect(screen.getByRole("status").textContent).toBe(
      "没有符合以下筛选的项目：进度：年内开工；区县：海宁市；搜索“机场”。",
    );
  });

  it("says the open project is hidden, by which filter, and shows it in one click", async () => {
    const onFilters = vi.fn<(change: Partial<ProjectFilters>) => void>();
    const filters: ProjectFilters = { ...DEFAULT_FILTERS, counties: ["330481"], query: "机场" };
    const airport = features[1]?.properties;
    render(
      <FilterSummary
        filters={filters}
        shown={0}
        hidden={airport}
        onFilters={onFilters}
        onClear={() => undefined}
      />,
    );
    const notice = document.querySelector(".hidden-notice");
    expect(notice?.textContent).toContain("“嘉兴军民合用机场”被当前筛选隐藏（区县：海宁市）");
    await userEvent.click(screen.getByRole("button", { name: "显示它：区县加上南湖区" }));
    expect(onFilters).toHaveBeenLastCalledWith({ counties: ["330402", "330481"] });
  });
});
