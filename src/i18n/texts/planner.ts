// Interface text, the planner tab: distance, coverage table, tools. Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  projectsTab: "项目",
  plannerTab: "规划分析",
  planTab: "规划原文",
  layersTab: "我的图层",
  sidebarTabs: "侧栏内容",
  drawHintPath: "在地图上点击添加路径的点；双击或按“完成”结束，Esc 取消。",
  drawHintPolygon: "在地图上点击添加区域的顶点；双击或按“完成”结束，Esc 取消。",
  drawCorners: "已添加 {count} 个点",
  finishDrawing: "完成",
  cancelDrawing: "取消",
  // Shown before the planner-answers feature has loaded.
} as const;

const en: MessageTable<typeof zh> = {
  projectsTab: "Projects",
  plannerTab: "Planner",
  planTab: "Plan text",
  layersTab: "Your layers",
  sidebarTabs: "Sidebar",
  drawHintPath: "Click the map to add points; double-click or press Finish to end, Esc to cancel.",
  drawHintPolygon: "Click the map to add corners; double-click or press Finish to end, Esc to cancel.",
  drawCorners: "{count} points added",
  finishDrawing: "Finish",
  cancelDrawing: "Cancel",
  // Shown before the planner-answers feature has loaded.
};

export const plannerMessages = { zh, en };
