// Interface text, presenter mode: the tour, its controls and export. Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  present: "演示",
  presentLabel: "演示模式：全屏导览（快捷键 P）",
  presenterControls: "演示控制",
  presenterPrevious: "上一页",
  presenterNext: "下一页",
  presenterAutoplay: "自动播放",
  presenterPause: "暂停自动播放",
  presenterExport: "导出图片",
  presenterExit: "退出演示",
  presenterCounter: "第 {current} / {total} 页",
  presenterLegend: "图例",
  presenterFocus: "黑框：本页重点项目",
  presenterNoSlides: "导览中没有可用的页面。",
  presenterKeys: "← → 翻页 · A 自动播放 · Esc 退出",
  tourProblems: "导览文件 data/tour.json 有 {count} 处问题：",
  tourFailed: "导览文件加载失败（{detail}）。",
  exportCredits: "底图与数据：{credits}",
  exportFailed: "图片导出失败：{message}",
  showMore: "再显示 {count} 个（还有 {remaining} 个）",
  basemap: "底图",
  basemapKey: "天地图密钥（tk）",
  basemapUrl: "MapLibre 样式地址",
  basemapApply: "使用",
  basemapOnlineHint: "在线底图需要联网；若数秒内无响应，将自动切换回内置底图。",
  basemapFailed: "在线底图 {name} 不可用（{detail}），已切换回内置底图。",
  // Shown before the presenter-room feature has loaded.
  presenterCityName: "嘉兴",
  presenterInsetCaption: "全程示意 · 虚线框为主图范围",
  presenterExportFocus: "黑框：本页重点项目",
} as const;

const en: MessageTable<typeof zh> = {
  present: "Present",
  presentLabel: "Presentation mode: a full-screen guided tour (key P)",
  presenterControls: "Presentation controls",
  presenterPrevious: "Previous slide",
  presenterNext: "Next slide",
  presenterAutoplay: "Play automatically",
  presenterPause: "Pause autoplay",
  presenterExport: "Export image",
  presenterExit: "Leave presentation",
  presenterCounter: "Slide {current} of {total}",
  presenterLegend: "Legend",
  presenterFocus: "Black outline: this slide's focus",
  presenterNoSlides: "The tour has no usable slides.",
  presenterKeys: "← → turn · A autoplay · Esc leave",
  tourProblems: "The tour file data/tour.json has {count} problems:",
  tourFailed: "The tour could not be loaded ({detail}).",
  exportCredits: "Basemap and data: {credits}",
  exportFailed: "The image could not be exported: {message}",
  showMore: "Show {count} more ({remaining} not shown)",
  basemap: "Basemap",
  basemapKey: "Tianditu key (tk)",
  basemapUrl: "MapLibre style URL",
  basemapApply: "Use",
  basemapOnlineHint:
    "Online basemaps need a network; if one does not answer within seconds, the embedded basemap returns.",
  basemapFailed: "The online basemap {name} is unavailable ({detail}); back to the embedded basemap.",
  // Shown before the presenter-room feature has loaded.
  presenterCityName: "Jiaxing",
  presenterInsetCaption: "Whole course · dashed frame: the main map",
  presenterExportFocus: "Black outline: this slide's focus",
};

export const presenterMessages = { zh, en };
