// Interface text, the basemap switch a deployment with online basemaps shows (config.json). Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  basemapKey: "天地图密钥（tk）",
  basemapUrl: "MapLibre 样式地址",
  basemapApply: "使用",
  basemapOnlineHint: "在线底图需要联网；若数秒内无响应，将自动切换回内置底图。",
  showKey: "显示密钥",
  hideKey: "隐藏密钥",
} as const;

const en: MessageTable<typeof zh> = {
  basemapKey: "Tianditu key (tk)",
  basemapUrl: "MapLibre style URL",
  basemapApply: "Use",
  basemapOnlineHint:
    "Online basemaps need a network; if one does not answer within seconds, the embedded basemap returns.",
  showKey: "Show key",
  hideKey: "Hide key",
};

export const basemapSwitchMessages = { zh, en };
