// MapLibre's own control labels in the interface language, given through its `locale` option at start
// and re-applied to the controls' buttons when the language changes (MapLibre reads `locale` once).
import type { Language } from "../i18n/language";

export const MAP_LOCALES: Record<Language, Record<string, string>> = {
  zh: {
    "AttributionControl.ToggleAttribution": "显示或隐藏数据来源",
    "AttributionControl.MapFeedback": "地图反馈",
    "FullscreenControl.Enter": "全屏",
    "FullscreenControl.Exit": "退出全屏",
    "Map.Title": "地图",
    "NavigationControl.ResetBearing": "恢复正北",
    "NavigationControl.ZoomIn": "放大",
    "NavigationControl.ZoomOut": "缩小",
    "Popup.Close": "关闭",
    "CooperativeGesturesHandler.WindowsHelpText": "按住 Ctrl 键并滚动鼠标以缩放地图",
    "CooperativeGesturesHandler.MacHelpText": "按住 ⌘ 键并滚动鼠标以缩放地图",
    "CooperativeGesturesHandler.MobileHelpText": "用两根手指移动地图",
  },
  en: {
    "AttributionControl.ToggleAttribution": "Show or hide data sources",
    "AttributionControl.MapFeedback": "Map feedback",
    "FullscreenControl.Enter": "Enter full screen",
    "FullscreenControl.Exit": "Exit full screen",
    "Map.Title": "Map",
    "NavigationControl.ResetBearing": "Reset to north",
    "NavigationControl.ZoomIn": "Zoom in",
    "NavigationControl.ZoomOut": "Zoom out",
    "Popup.Close": "Close",
    "CooperativeGesturesHandler.WindowsHelpText": "Use Ctrl + scroll to zoom the map",
    "CooperativeGesturesHandler.MacHelpText": "Use ⌘ + scroll to zoom the map",
    "CooperativeGesturesHandler.MobileHelpText": "Use two fingers to move the map",
  },
};

// The buttons MapLibre labelled at start, and the string each carries (title and aria-label).
const LABELLED: [selector: string, key: string][] = [
  [".maplibregl-ctrl-zoom-in", "NavigationControl.ZoomIn"],
  [".maplibregl-ctrl-zoom-out", "NavigationControl.ZoomOut"],
  [".maplibregl-ctrl-compass", "NavigationControl.ResetBearing"],
  [".maplibregl-ctrl-attrib-button", "AttributionControl.ToggleAttribution"],
];

/** Puts the language's words on MapLibre's controls and canvas. */
export function relabelControls(container: HTMLElement, language: Language): void {
  const strings = MAP_LOCALES[language];
  for (const [selector, key] of LABELLED) {
    const label = strings[key];
    if (!label) continue;
    for (const element of container.querySelectorAll<HTMLElement>(selector)) {
      element.title = label;
      element.setAttribute("aria-label", label);
    }
  }
  container.querySelector("canvas")?.setAttribute("aria-label", strings["Map.Title"] ?? "");
}
