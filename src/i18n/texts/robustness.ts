// Interface text, robustness: honest data counts, failed or stalled parts, keys kept hidden. Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  dataMissing: "{count} 个项目因数据有误未显示在地图上：",
  dataWarnings: "项目数据有 {count} 处小问题，相关项目仍显示在地图上：",
  dataUnreadable: "{file}：文件无法读取，其中的项目均未显示在地图上。",
  projectsArriving: "仍在加载：{layers}",
  partFailed: "{part}未能加载（{detail}）。",
  partPlanner: "规划分析面板",
  partMap: "地图",
  partPlan: "规划原文",
  partLayers: "我的图层面板",
  partPresenter: "演示模式",
  partBasemap: "底图切换",
  partFilterSummary: "筛选摘要",
  newVersion: "{part}未能加载：地图已发布新版本，请重新加载页面后继续使用。",
  reload: "重新加载",
  mapStalled: "地图 {seconds} 秒后仍未加载完成。",
  showDetails: "查看明细（{count} 条）",
} as const;

const en: MessageTable<typeof zh> = {
  dataMissing: "{count} projects are not on the map because their data has errors:",
  dataWarnings: "The project data has {count} minor problems; the projects are still on the map:",
  dataUnreadable: "{file}: the file could not be read; none of its projects are on the map.",
  projectsArriving: "Still loading: {layers}",
  partFailed: "{part} could not be loaded ({detail}).",
  partPlanner: "The planner panel",
  partMap: "The map",
  partPlan: "The plan text",
  partLayers: "The your-layers panel",
  partPresenter: "Presentation mode",
  partBasemap: "The basemap switch",
  partFilterSummary: "The filter summary",
  newVersion:
    "{part} could not be loaded: a new version of the map has been published; reload the page to continue.",
  reload: "Reload",
  mapStalled: "The map has not finished loading after {seconds} s.",
  showDetails: "Show the list ({count})",
};

export const robustnessMessages = { zh, en };
