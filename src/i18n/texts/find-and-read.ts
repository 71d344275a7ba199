// Interface text, find and read: the search combobox, tooltip and chooser, legend, chrome. Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  searchName: "搜索",
  searchNothing: "没有找到与“{query}”相关的项目、区县或地点。",
  searchLoading: "正在载入搜索……",
  searchFailed: "搜索未能载入（{detail}）。",
  searchCount: "{count} 条建议",
  searchResults: "“{query}”的搜索结果",
  shareView: "分享此视图",
  legend: "图例",
  legendPrecision: "位置精度",
  legendCatchments: "{distance} 公里范围",
  attributionToggle: "数据来源",
} as const;

const en: MessageTable<typeof zh> = {
  searchName: "Search",
  searchNothing: "No project, county or place found for “{query}”.",
  searchLoading: "Loading search…",
  searchFailed: "Search could not load ({detail}).",
  searchCount: "{count} suggestions",
  searchResults: "Results for “{query}”",
  shareView: "Share this view",
  legend: "Legend",
  legendPrecision: "Position precision",
  legendCatchments: "Within {distance} km",
  attributionToggle: "Data sources",
};

export const findAndReadMessages = { zh, en };
