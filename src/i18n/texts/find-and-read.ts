// Interface text, find and read: the search combobox, tooltip and chooser, legend, chrome. Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  searchName: "搜索",
  searchGroupProject: "项目",
  searchGroupCounty: "区县",
  searchGroupPlace: "地点",
  searchGroupFacet: "图层与会战",
  searchGroupPlanText: "规划原文",
  searchShowAll: "显示全部 {count} 个",
  searchNothing: "没有找到与“{query}”相关的项目、区县或地点。",
  searchLoading: "正在载入搜索……",
  searchFailed: "搜索暂时无法载入，请再试一次。",
  searchCount: "{count} 条建议",
  searchResults: "“{query}”的搜索结果",
  searchFacetLayer: "图层",
  searchFacetPillar: "会战",
  shareView: "分享此视图",
  chooserTitle: "此处有 {count} 个项目，请选择：",
  legend: "图例",
  legendPrecision: "位置精度",
  quoteOriginal: "中文原文",
  attributionToggle: "数据来源",
  sheetExpand: "展开详情",
  sheetCollapse: "收起详情",
} as const;

const en: MessageTable<typeof zh> = {
  searchName: "Search",
  searchGroupProject: "Projects",
  searchGroupCounty: "Counties",
  searchGroupPlace: "Places",
  searchGroupFacet: "Layers and pillars",
  searchGroupPlanText: "The plan's text",
  searchShowAll: "Show all {count}",
  searchNothing: "No project, county or place found for “{query}”.",
  searchLoading: "Loading search…",
  searchFailed: "Search could not load; please try again.",
  searchCount: "{count} suggestions",
  searchResults: "Results for “{query}”",
  searchFacetLayer: "Layer",
  searchFacetPillar: "Pillar",
  shareView: "Share this view",
  chooserTitle: "{count} projects here; choose one:",
  legend: "Legend",
  legendPrecision: "Position precision",
  quoteOriginal: "Chinese original",
  attributionToggle: "Data sources",
  sheetExpand: "Expand the details",
  sheetCollapse: "Shrink the details",
};

export const findAndReadMessages = { zh, en };
