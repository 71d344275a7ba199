// Interface text, presenter mode: the tour, its controls and export. Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  present: "演示",
  presentLabel: "演示模式：全屏导览（快捷键 P）",
  showMore: "再显示 {count} 个（还有 {remaining} 个）",
  basemap: "底图",
  basemapFailed: "在线底图 {name} 不可用（{detail}），已切换回内置底图。",
} as const;

const en: MessageTable<typeof zh> = {
  present: "Present",
  presentLabel: "Presentation mode: a full-screen guided tour (key P)",
  showMore: "Show {count} more ({remaining} not shown)",
  basemap: "Basemap",
  basemapFailed: "The online basemap {name} is unavailable ({detail}); back to the embedded basemap.",
};

export const presenterMessages = { zh, en };
