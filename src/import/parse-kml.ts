// Reads KML (Google Earth, 奥维互动地图 and most survey tools export it) with togeojson. Placemarks are
// counted before conversion, so an empty file or one over the feature limit is refused at once.
import { kml } from "@tmcw/togeojson";
import { MAX_FEATURES } from "./import-limits";
import { refusal } from "./import-result";
import type { ImportMessage, ImportOptions, ImportOutcome } from "./import-types";
import { parseXml } from "./parse-xml";
import { readFeatures } from "./read-features";

export function parseKml(
  text: string,
  fileName: string,
  options: ImportOptions = {},
  notes: ImportMessage[] = [],
): ImportOutcome {
  if (text.trim() === "") return refusal("empty-file");
  const parsed = parseXml(text);
  if (!parsed.ok) return refusal("invalid-xml", { detail: parsed.detail });
  const count = parsed.document.getElementsByTagName("Placemark").length;
  if (count === 0) return refusal("kml-no-placemarks");
  if (count > MAX_FEATURES) return refusal("too-many-features", { count, limit: MAX_FEATURES });
  const raw = kml(parsed.document).features.map((feature) => ({
    ...feature,
    properties: unwrapTypedText(feature.properties ?? {}),
  }));
  return readFeatures("kml", fileName, raw, options, notes);
}

// togeojson marks a description written as HTML as {"@type": "html", value}; the text itself is kept
// (still shown as text, never as markup).
function unwrapTypedText(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => {
      const typed = value as { "@type"?: unknown; value?: unknown } | null;
      const text = typed && typeof typed === "object" && typeof typed.value === "string" && "@type" in typed;
      return [key, text ? typed.value : value];
    }),
  );
}
