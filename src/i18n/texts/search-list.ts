// Interface text, the search's list of suggestions, the chooser of overlapping projects and the phone
// sheet's handle: parts that load on demand, so these come with the later texts. Keys name the place the
// text appears.
import type { MessageTable } from "./message-table";

const zh = {
  searchGroupProject: "项目",
  searchGroupCounty: "区县",
  searchGroupPlace: "地点",
  searchGroupFacet: "图层与会战",
  searchGroupUserFeature: "我的图层",
  searchUserFeatureLayer: "图层“{name}”",
  searchGroupPlanText: "规划原文",
  searchShowAll: "显示全部 {count} 个",
  searchPlanFailed: "规划原文未能载入（{detail}），无法搜索其中的句子。重试",
  searchFacetLayer: "图层",
  searchFacetPillar: "会战",
  chooserTitle: "此处有 {count} 个项目，请选择：",
  sheetExpand: "展开详情",
  sheetCollapse: "收起详情",
} as const;

const en: MessageTable<typeof zh> = {
  searchGroupProject: "Projects",
  searchGroupCounty: "Counties",
  searchGroupPlace: "Places",
  searchGroupFacet: "Layers and pillars",
  searchGroupUserFeature: "Your layers",
  searchUserFeatureLayer: "Layer “{name}”",
  searchGroupPlanText: "The plan's text",
  searchShowAll: "Show all {count}",
  searchPlanFailed: "The plan text could not load ({detail}), so its sentences are not searched. Retry",
  searchFacetLayer: "Layer",
  searchFacetPillar: "Pillar",
  chooserTitle: "{count} projects here; choose one:",
  sheetExpand: "Expand the details",
  sheetCollapse: "Shrink the details",
};

export const searchListMessages = { zh, en };
