// The active filters and what hides a project, in words: a chip's label ("区县：海宁市"), the reasons a
// project is hidden, and what the one-click fix changes ("区县加上南湖区"). No components: the chips,
// the details and the plan tab share these words.
import { FACETS, type FacetKey } from "../../data/facets";
import type { FilterKey, HidingFilter } from "../../filters/hidden-by";
import { DEFAULT_FILTERS, type ProjectFilters } from "../../filters/project-filters";
import type { Language } from "../../i18n/language";
import type { MessageKey, Translate } from "../../i18n/messages";

const FACET_WORDS: Record<FacetKey, MessageKey> = {
  pillars: "chipPillars",
  statuses: "chipStatuses",
  layers: "chipLayers",
  counties: "chipCounties",
};
// More names than this read as a list, not a label: the rest is counted.
const NAMES_SHOWN = 3;

export function facetValueNames(key: FacetKey, values: readonly string[], language: Language): string[] {
  const names = FACETS[key].names as Record<string, { zh: string; en: string }>;
  return values.map((value) => names[value]?.[language] ?? value);
}

function list(names: readonly string[], language: Language, t: Translate): string {
  const separator = language === "zh" ? "、" : ", ";
  if (names.length <= NAMES_SHOWN) return names.join(separator);
  const first = names.slice(0, NAMES_SHOWN - 1).join(separator);
  return t("chipMore", { first, count: names.length - (NAMES_SHOWN - 1) });
}

/** A filter's own name, for its chip's × ("取消区县筛选"). */
export function filterName(key: FilterKey, t: Translate): string {
  return t(key === "query" ? "chipSearch" : FACET_WORDS[key]);
}

/** A chip's words: "区县：海宁市", "进度：不含已建运营", "搜索“机场”". */
export function chipLabel(key: FilterKey, filters: ProjectFilters, language: Language, t: Translate): string {
  if (key === "query") return t("chipQuery", { query: filters.query.trim() });
  const chosen = filters[key] as readonly string[];
  const every = DEFAULT_FILTERS[key] as readonly string[];
  const facet = t(FACET_WORDS[key]);
  if (chosen.length === 0 && !FACETS[key].emptyMeansAll)
    return t("chipValue", { facet, values: t("chipNone") });
  const left = (FACETS[key].values as readonly string[]).filter((value) => !chosen.includes(value));
  // "All but one" reads shorter than the five that are left.
  const values =
    every.length > 0 && left.length < chosen.length
      ? t("chipExcept", { values: list(facetValueNames(key, left, language), language, t) })
      : list(facetValueNames(key, chosen, language), language, t);
  return t("chipValue", { facet, values });
}

/** The hiding filters as the chips name them, joined: "区县：海宁市；搜索“机场”". */
export function hidingReasons(
  hiding: readonly HidingFilter[],
  filters: ProjectFilters,
  language: Language,
  t: Translate,
): string {
  return hiding.map(({ key }) => chipLabel(key, filters, language, t)).join(language === "zh" ? "；" : "; ");
}

/** What showing it changes: "区县加上南湖区，清除搜索". */
export function revealWords(hiding: readonly HidingFilter[], language: Language, t: Translate): string {
  return hiding
    .map(({ key, values }) => {
      if (key === "query") return t("revealQuery");
      const facet = t(FACET_WORDS[key]);
      if (values.length === 0) return t("revealAll", { facet });
      return t("revealAdd", { facet, values: list(facetValueNames(key, values, language), language, t) });
    })
    .join(language === "zh" ? "，" : ", ");
}
