// Names of the precision levels in both languages. The facets' names (pillars, layers, statuses,
// counties) live with the facet table in src/data/facets.ts.
import type { Precision } from "../data/project-schema";
import type { Language } from "./language";

type Names<K extends string> = Record<K, Record<Language, string>>;

export const PRECISION_NAMES: Names<Precision> = {
  exact: { zh: "位置准确", en: "Exact" },
  approximate: { zh: "位置近似", en: "Approximate" },
  schematic: { zh: "示意走向", en: "Schematic" },
};
