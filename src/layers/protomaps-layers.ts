// A PMTiles archive's layers, styled by @protomaps/basemaps and made to need nothing from outside: every
// label in the bundled Noto Sans SC (the style's `font-faces`, no glyph server), no icons (no sprite),
// and names in the interface language through the `language` global state, as the app's own labels
// switch. Loaded with the archive's reader, only when such a basemap is chosen.
import type {
  ExpressionSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import { type Flavor, namedFlavor, layers as protomapsLayers } from "@protomaps/basemaps";
import type { LightFlavour } from "../data/basemap-config";
import type { GroundColours } from "./archive-theme";
import { globalState } from "./global-state";
import { LABEL_FONT, type Theme } from "./theme";

export interface ProtomapsLayerSet {
  ground: GroundColours; // the flavour's land and water, which the app's theme replaces (archive-theme.ts)
  base: LayerSpecification[]; // land, water, roads, buildings: under the projects
  labels: LayerSpecification[]; // streets', water's and places' names: above the projects' shapes
  landmarks: LayerSpecification[]; // stations, airports, ferry terminals: above the projects' labels too
}

export type ProtomapsLayerSets = Record<Theme["tone"], ProtomapsLayerSet>;

// The languages the style names things in, by the app's language: Protomaps' codes.
const PROTOMAPS_LANGUAGE = { zh: "zh-Hans", en: "en" } as const;
// Layers that draw only a sprite's icons (one-way arrows, road shields): without a sprite they are
// left out rather than asked for and missed.
const ICON_ONLY_LAYERS = new Set(["roads_oneway", "roads_shields"]);
// The places a reader finds a hub project by — the plan's railways, airport and ports meet at them — so
// their names win over a project's label where the two collide (the project keeps its shape, its
// tooltip and its place in the list). Other points of interest give way to the projects' labels.
const LANDMARK_KINDS = ["station", "aerodrome", "ferry_terminal"];
const IS_LANDMARK: ExpressionSpecification = ["in", ["get", "kind"], ["literal", LANDMARK_KINDS]];

/**
 * The layers for both tones of the page, reading `sourceId` (a vector source of the archive); each id is
 * the Protomaps layer's own after `${sourceId}-`, e.g. "online-detail-roads_major".
 */
export function protomapsLayerSets(
  sourceId: string,
  lightFlavour: LightFlavour = "light",
): ProtomapsLayerSets {
  return { light: layerSet(sourceId, lightFlavour), dark: layerSet(sourceId, "dark") };
}

function layerSet(sourceId: string, flavourName: string): ProtomapsLayerSet {
  const flavour: Flavor = {
    ...namedFlavor(flavourName),
    regular: LABEL_FONT,
    bold: LABEL_FONT,
    italic: LABEL_FONT,
  };
  // The app's own sea and land lie under these (map-style.ts): beyond the archive's box the map still
  // shows land and sea, not the flavour's grey background.
  const base = protomapsLayers(sourceId, flavour).filter((layer) => layer.type !== "background");
  const chinese = protomapsLayers(sourceId, flavour, { labelsOnly: true, lang: PROTOMAPS_LANGUAGE.zh });
  const english = protomapsLayers(sourceId, flavour, { labelsOnly: true, lang: PROTOMAPS_LANGUAGE.en });
  const labels = chinese
    .filter((layer) => !ICON_ONLY_LAYERS.has(layer.id))
    .map((layer) => {
      const twin = english.find((candidate) => candidate.id === layer.id);
      return withoutIcons(bilingual(layer as SymbolLayerSpecification, twin as SymbolLayerSpecification));
    });
  const pois = labels.find((layer) => layer.id === "pois") as SymbolLayerSpecification | undefined;
  const landmarks = pois ? [landmarkLayer(pois)] : [];
  const others = labels.map((layer) =>
    layer === pois
      ? { ...pois, filter: ["all", pois.filter, ["!", IS_LANDMARK]] as ExpressionSpecification }
      : layer,
  );
  // Prefixed like another style's layers (online-basemap.ts), so none can collide with the app's own.
  const prefixed = (layer: LayerSpecification) => ({ ...layer, id: `${sourceId}-${layer.id}` });
  return {
    ground: { earth: flavour.earth, water: flavour.water },
    base: base.map(prefixed),
    labels: others.map(prefixed),
    landmarks: landmarks.map(prefixed),
  };
}

// Stations and the like, from the POI layer: named beside their point (no icon marks it, and the
// project's own marker often stands there), a little larger than other POIs.
function landmarkLayer(pois: SymbolLayerSpecification): SymbolLayerSpecification {
  return {
    ...pois,
    id: "pois_landmarks",
    filter: ["all", pois.filter, IS_LANDMARK] as ExpressionSpecification,
    layout: {
      ...pois.layout,
      "text-size": ["interpolate", ["linear"], ["zoom"], 12, 12, 17, 15],
      "text-variable-anchor": ["top", "bottom", "left", "right"],
      "text-radial-offset": 0.9,
    },
  };
}

// One layer whose text follows the language global state: the English twin's text in English, the
// Chinese one's otherwise (each is Protomaps' own fallback chain: the name in that language, else the
// local name). Each text's per-section fonts go: the layer's one font draws every script.
function bilingual(chinese: SymbolLayerSpecification, english: SymbolLayerSpecification): LayerSpecification {
  const layout = { ...chinese.layout, "text-font": [LABEL_FONT] };
  const zhText = chinese.layout?.["text-field"];
  const enText = english.layout?.["text-field"];
  if (zhText !== undefined && enText !== undefined) layout["text-field"] = byLanguage(enText, zhText);
  return { ...chinese, layout };
}

// ["case", English?, en, zh]. A zoom step must stay the outermost expression (a region's name shows as
// its code at low zooms), so the choice goes inside each of its outputs instead.
function byLanguage(english: unknown, chinese: unknown): ExpressionSpecification {
  const zoomStep = (value: unknown): value is unknown[] =>
    Array.isArray(value) && value[0] === "step" && JSON.stringify(value[1]) === '["zoom"]';
  if (zoomStep(chinese) && zoomStep(english) && chinese.length === english.length) {
    // ["step", ["zoom"], output, stop, output, …]: outputs at the even places from 2.
    return chinese.map((part, index) =>
      index >= 2 && index % 2 === 0 ? byLanguage(english[index], part) : part,
    ) as ExpressionSpecification;
  }
  return [
    "case",
    ["==", globalState("language"), "en"],
    withoutSectionFonts(english),
    withoutSectionFonts(chinese),
  ] as ExpressionSpecification;
}

// Icons would need a sprite from a server; the names stand without them.
function withoutIcons(layer: LayerSpecification): LayerSpecification {
  if (layer.type !== "symbol" || !layer.layout) return layer;
  const layout = Object.fromEntries(
    Object.entries(layer.layout).filter(
      ([property]) => !property.startsWith("icon-") && property !== "text-offset",
    ),
  );
  return { ...layer, layout };
}

// Drops the `text-font` of a `format` expression's sections (e.g. Devanagari names in their own font),
// so every section uses the layer's font.
function withoutSectionFonts<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutSectionFonts) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== "text-font")
        .map(([key, inner]) => [key, withoutSectionFonts(inner)]),
    ) as T;
  }
  return value;
}
