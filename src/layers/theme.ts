// Style tokens: every colour and size the map uses, in one place, so the presentation theme can swap them
// as a whole. The basemap is deliberately calm and neutral so project colours carry the meaning.
import type { Status } from "../data/project-schema";
import type { ProgressStage } from "../filters/progress-at-date";

export interface Theme {
  name: "standard" | "presentation";
  // Whether the page is light or dark: a detailed basemap takes the matching Protomaps flavour.
  tone: "light" | "dark";
  sea: string;
  land: string;
  // Lakes, rivers and canals on a detailed basemap: bluer than the sea's wash, so Jiaxing's water reads
  // under the projects' tints (the sea keeps `sea`, so the archive joins the embedded basemap seamlessly).
  inlandWater: string;
  neighbourFill: string;
  neighbourLine: string;
  countyFill: string;
  countyLine: string;
  cityOutline: string;
  labelText: string;
  labelMutedText: string;
  labelHalo: string;
  // Multiplies every label and line size: 1 on a desk, larger for a projector at the back of a room.
  scale: number;
  statusColours: Record<Status, string>;
  unknownStatus: string; // a status the style does not know (never in validated data)
  highlight: string;
  // The casing under a line says what kind of line it is, independent of status.
  casings: { railway: string; waterway: string; other: string };
  markerStroke: string; // the ring around point markers, and the fill of hollow ones
  neutralSymbol: string; // layer symbols in the legend, which show kind, not status
  // Planner overlays: one hue per catchment layer, away from the status palette; the sketch in magenta,
  // which is in no project or basemap colour.
  catchments: { railway: string; highway: string; waterway: string; other: string };
  drawing: string;
  transparent: string;
  // The exported image's title and legend panels.
  exportInk: string;
  exportPanel: string;
}

// Okabe–Ito derived status palette: distinguishable with the common colour-vision deficiencies, and each
// status also has its own dash pattern (see STATUS_DASHES), so colour is never the only channel.
const STATUS_COLOURS: Record<Status, string> = {
  planning: "#8E6BBE",
  preliminary: "#3A9AD9",
  start: "#E69F00",
  construction: "#D55E00",
  completion: "#009E73",
  operation: "#0B5FA5",
};

export const STANDARD_THEME: Theme = {
  name: "standard",
  tone: "light",
  sea: "#d7e4ec",
  land: "#f3f2ee",
  inlandWater: "#a9cde6",
  neighbourFill: "#ecebe6",
  neighbourLine: "#c3c0b8",
  countyFill: "#fcfbf8",
  countyLine: "#a39e93",
  cityOutline: "#5f5a50",
  labelText: "#3d3a34",
  labelMutedText: "#7a766d",
  labelHalo: "#ffffff",
  scale: 1,
  statusColours: STATUS_COLOURS,
  unknownStatus: "#777777",
  highlight: "#111111",
  // Dark for railways, white for highways (like a road on a paper map), pale blue for waterways.
  casings: { railway: "#2b2b2b", waterway: "#9fcdeb", other: "#ffffff" },
  markerStroke: "#ffffff",
  neutralSymbol: "#5d5a55",
  // Slate for rail (its casing is dark too), amber for highways, teal for waterways.
  catchments: { railway: "#5b5f97", highway: "#c98a12", waterway: "#2a9d8f", other: "#777777" },
  drawing: "#c2185b",
  transparent: "rgba(0, 0, 0, 0)",
  exportInk: "#111111",
  exportPanel: "rgba(255, 255, 255, 0.9)",
};

export const PRESENTATION_THEME: Theme = {
  ...STANDARD_THEME,
  name: "presentation",
  sea: "#c4d7e3",
  countyFill: "#ffffff",
  countyLine: "#6e695f",
  cityOutline: "#2b2823",
  labelText: "#111111",
  labelMutedText: "#3d3a34",
  scale: 1.6,
};

// Dash patterns in line widths: solid once the work is on the ground, broken while it is only planned.
export const STATUS_DASHES: Record<Status, number[]> = {
  planning: [0.6, 1.6],
  preliminary: [2.5, 1.5],
  start: [4, 1.2, 0.8, 1.2],
  construction: [1, 0],
  completion: [1, 0],
  operation: [1, 0],
};

// Points: hollow markers for projects not yet built (planning, preliminary), filled for the rest —
// the second channel for point features, as dashes are for lines.
export const HOLLOW_STATUSES: readonly Status[] = ["planning", "preliminary"];

export const LABEL_FONT = "Noto Sans SC Regular";

// "Then and now": the latest recorded stage of each project at a chosen year. Paul Tol's "bright"
// qualitative scheme (safe for the common colour-vision deficiencies), chosen apart from the Okabe–Ito
// status palette above so a reader never takes a 2020 status for a recorded stage. Dashes and hollow
// markers repeat the meaning, so colour is never the only channel: broken while nothing is built yet,
// solid once the project is in service.
export const PROGRESS_COLOURS: Record<ProgressStage, string> = {
  "no-record": "#9a9a9a",
  // Not Tol's cyan: it would read as the pale blue casing of a waterway.
  approved: "#aa3377",
  "construction-started": "#ccbb44",
  opened: "#228833",
  completed: "#4477aa",
  suspended: "#ee6677",
  cancelled: "#222255",
};

export const PROGRESS_DASHES: Record<ProgressStage, number[]> = {
  "no-record": [0.4, 1.8],
  approved: [2.5, 1.5],
  "construction-started": [4, 1.2, 0.8, 1.2],
  opened: [1, 0],
  completed: [1, 0],
  suspended: [1.5, 1.5],
  cancelled: [0.4, 1.2],
};

export const HOLLOW_PROGRESS_STAGES: readonly ProgressStage[] = ["no-record", "approved", "cancelled"];

// The planner's own layers (issue 17): Paul Tol's "muted" scheme, built to stay distinguishable with
// the common colour-vision deficiencies and in greyscale print. Its hues sit apart from the status
// palette above, so a user's points never read as a plan project's status. Layers take them in turn.
export const USER_LAYER_PALETTE: readonly string[] = [
  "#CC6677",
  "#332288",
  "#999933",
  "#882255",
  "#DDCC77",
  "#88CCEE",
  "#AA4499",
  "#117733",
  "#44AA99",
];

// The page around the map (panels, buttons, notices, tables), as CSS custom properties: `npm run build`
// and the dev server write them from this table (scripts/vite-plugin-page-colours.ts, `--ink` for
// `ink`), and the CSS files use only var(--…), never a colour of their own. Where the page shows
// something the map also draws (the sea behind a loading map, the accent of the operation status, the
// sketch's magenta), the value is the map's.
export interface PageColours {
  ink: string; // body text
  inkStrong: string; // the presenter's large type, as the presentation theme's labels
  inkMuted: string; // secondary text
  inkOnDark: string; // text on pressed buttons and dark tooltips
  line: string; // hairlines between sections
  lineStrong: string; // input and button borders
  lineSoft: string; // chip and fieldset borders
  lineDark: string; // dotted underlines, swatch rings
  paper: string; // panels and inputs
  paperVeil: string; // panels over the map, letting it show faintly
  panel: string; // the page behind the panels
  shade: string; // hover and header rows
  tint: string; // alternate table rows
  accent: string; // links, selected tabs, primary buttons
  accentPaper: string; // info notices, hovered clauses
  accentTint: string; // the selected row or option
  accentWash: string; // a drop target
  pressed: string; // a pressed chip
  focus: string; // the keyboard focus ring
  attention: string; // a just-changed count
  attentionGlow: string;
  mark: string; // the searched words in a result
  markTarget: string; // the clause a link landed on
  quotePaper: string; // the plan's words in the details
  quoteLine: string;
  warningPaper: string;
  errorPaper: string;
  errorLine: string;
  errorInk: string;
  successPaper: string;
  successLine: string;
  tooltipPaper: string; // a dark tooltip over the plan text
  sea: string; // the map area before the map draws
  land: string; // a caption draft in the presenter's editor
  drawing: string; // the planner's sketch hint
  highlight: string; // the presenter's outline key
  labelText: string; // presenter captions, as the map's labels
  shadow: string; // drop shadows, faint to strong
  shadowSoft: string;
  shadowStrong: string;
  dimOutside: string; // what a slide's frame leaves out, dimmed while editing
}

/** An #rrggbb colour at an opacity, as #rrggbbaa. */
function withAlpha(colour: string, alpha: number): string {
  return `${colour}${Math.round(alpha * 255)
    .toString(16)
    .padStart(2, "0")}`;
}

export const PAGE_COLOURS: PageColours = {
  ink: "#23211d",
  inkStrong: PRESENTATION_THEME.labelText,
  inkMuted: "#5f5b53",
  inkOnDark: "#ffffff",
  line: "#dedbd3",
  lineStrong: "#bdb8ad",
  lineSoft: STANDARD_THEME.neighbourLine,
  lineDark: "#8a857b",
  paper: "#ffffff",
  paperVeil: "rgb(255 255 255 / 0.94)",
  panel: "#faf9f6",
  shade: "#f0eee8",
  tint: "rgb(0 0 0 / 0.04)",
  accent: STATUS_COLOURS.operation,
  accentPaper: "#eef4f9",
  accentTint: "#e3ecf5",
  accentWash: withAlpha(STATUS_COLOURS.operation, 0.12),
  pressed: "#233b52",
  focus: "#e07b00",
  attention: withAlpha(STATUS_COLOURS.construction, 0.27),
  attentionGlow: withAlpha(STATUS_COLOURS.construction, 0.2),
  mark: "#fde9a8",
  markTarget: "#fff1b8",
  quotePaper: "#f6f3ea",
  quoteLine: "#b8a978",
  warningPaper: "#fdf1dc",
  errorPaper: "#fde8e4",
  errorLine: "#b3261e",
  errorInk: "#8c1d18",
  successPaper: "#f1f7f2",
  successLine: "#2f7d4f",
  tooltipPaper: PRESENTATION_THEME.cityOutline,
  sea: STANDARD_THEME.sea,
  land: STANDARD_THEME.land,
  drawing: STANDARD_THEME.drawing,
  highlight: STANDARD_THEME.highlight,
  labelText: STANDARD_THEME.labelText,
  shadow: "rgb(0 0 0 / 0.15)",
  shadowSoft: "rgb(0 0 0 / 0.1)",
  shadowStrong: "rgb(0 0 0 / 0.2)",
  dimOutside: "rgb(0 0 0 / 0.3)",
};

/** The page colours as CSS custom properties on :root (`inkMuted` → `--ink-muted`). */
export function pageColourProperties(colours: PageColours = PAGE_COLOURS): string {
  const lines = Object.entries(colours).map(
    ([name, value]) => `  --${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}: ${value};`,
  );
  return `:root {\n${lines.join("\n")}\n}\n`;
}
