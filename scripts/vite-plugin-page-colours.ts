// A tiny Vite plugin: the page's colours as CSS custom properties, written from the theme
// (src/layers/theme.ts, PAGE_COLOURS) and served as the stylesheet "virtual:page-colours.css", which
// the entry imports before the app's own CSS. So the CSS files name colours (var(--ink)) and the theme
// alone says what they are, as it does for the map.
import type { Plugin } from "vite";
import { pageColourProperties } from "../src/layers/theme";

export const PAGE_COLOURS_MODULE = "virtual:page-colours.css";
// The "\0" prefix tells other plugins the module is virtual; the .css ending lets Vite's CSS pipeline take it.
const RESOLVED_ID = `\0${PAGE_COLOURS_MODULE}`;

export function pageColours(): Plugin {
  return {
    name: "jiaxing-page-colours",
    resolveId(id) {
      return id === PAGE_COLOURS_MODULE ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      return `/* Written from src/layers/theme.ts (PAGE_COLOURS). */\n${pageColourProperties()}`;
    },
  };
}
