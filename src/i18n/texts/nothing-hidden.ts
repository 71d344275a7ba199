// Interface text, nothing hidden (issue 28): the active filters as chips, what hides an open project or a
// plan clause and the one click that shows it, an empty list that says why. Loaded with the later texts.
import type { MessageTable } from "./message-table";

const zh = {
  activeFiltersLabel: "当前筛选",
  chipStatuses: "进度",
  chipLayers: "图层",
  chipPillars: "会战",
  chipCounties: "区县",
  chipValue: "{facet}：{values}",
  chipQuery: "搜索“{query}”",
  chipSearch: "搜索",
  chipNone: "无",
  chipExcept: "不含{values}",
  chipMore: "{first}等 {count} 项",
  chipRemove: "取消{facet}筛选",
  clearAllFilters: "清除全部",
  hiddenProject: "“{name}”被当前筛选隐藏（{reasons}），地图和列表都不显示它。",
  hiddenClause: "此条款的 {names} 被当前筛选隐藏（{reasons}）。",
  showHidden: "显示它：{changes}",
  showHiddenMany: "显示它们：{changes}",
  revealAdd: "{facet}加上{values}",
  revealAll: "显示全部{facet}",
  revealQuery: "清除搜索",
  emptyResults: "没有符合以下筛选的项目：{filters}。",
} as const;

const en: MessageTable<typeof zh> = {
  activeFiltersLabel: "Active filters",
  chipStatuses: "Status",
  chipLayers: "Layers",
  chipPillars: "Pillars",
  chipCounties: "Counties",
  chipValue: "{facet}: {values}",
  chipQuery: "Search “{query}”",
  chipSearch: "Search",
  chipNone: "none",
  chipExcept: "all but {values}",
  chipMore: "{first} and {count} more",
  chipRemove: "Remove the {facet} filter",
  clearAllFilters: "Clear all",
  hiddenProject:
    "“{name}” is hidden by the current filters ({reasons}): neither the map nor the list shows it.",
  hiddenClause: "{names} of this clause are hidden by the current filters ({reasons}).",
  showHidden: "Show it: {changes}",
  showHiddenMany: "Show them: {changes}",
  revealAdd: "add {values} to {facet}",
  revealAll: "all {facet}",
  revealQuery: "clear the search",
  emptyResults: "No project matches these filters: {filters}.",
};

export const nothingHiddenMessages = { zh, en };
