// Interface text, an honest map close up: the close-up note and the precision legend. Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  distanceMetres: "{value}米",
  distanceKilometres: "{value}公里",
  closeUpNote: "内置底图只用于概览：这个比例尺下没有街道。",
  dismissNote: "隐藏此提示",
  closeUpOffer: "改用详细底图：",
  closeUpNeedsInput: "{name}：在“筛选 → 底图”中填写后使用",
  closeUpNone: "本站没有配置详细底图。",
  precisionLegendOff: "偏差可达约{distance}",
} as const;

const en: MessageTable<typeof zh> = {
  distanceMetres: "{value} m",
  distanceKilometres: "{value} km",
  closeUpNote: "The embedded basemap is an overview: it shows no streets at this scale.",
  dismissNote: "Hide this note",
  closeUpOffer: "Switch to a detailed basemap:",
  closeUpNeedsInput: "{name}: fill it in under Filters → Basemap",
  closeUpNone: "This site offers no detailed basemap.",
  precisionLegendOff: "can be up to about {distance} off",
};

export const honestMapMessages = { zh, en };
