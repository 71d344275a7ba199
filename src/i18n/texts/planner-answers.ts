// Interface text, the planner: citable answers — zone areas, exports, measure labels. Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  coverageLand: "土地",
  coverageNotes: "注释（{count} 条）",
  coverageZoneNote: "片区面积为各片区合并后落在该区县土地上的面积，重叠部分只计一次。",
  zoneBreakdownCaption: "各片区分区县面积（{count} 项）",
  exportZonesCsv: "导出片区明细（CSV）",
  exportGeojsonClipped: "导出所选项目并裁剪到范围（GeoJSON）",
  catchmentsClipped: "范围只画在嘉兴市域陆地上。",
  selectionAreaInside: "范围内 {value} 平方公里",
} as const;

const en: MessageTable<typeof zh> = {
  coverageLand: "Land",
  coverageNotes: "Notes ({count})",
  coverageZoneNote: "Zone areas are the land the merged zones cover in each county; overlaps count once.",
  zoneBreakdownCaption: "Zones by county ({count})",
  exportZonesCsv: "Export zones by county (CSV)",
  exportGeojsonClipped: "Export selected, clipped to the area (GeoJSON)",
  catchmentsClipped: "Drawn over Jiaxing's land only.",
  selectionAreaInside: "{value} km² inside",
};

export const plannerAnswersMessages = { zh, en };
