// The map's credits in both interface languages at once, each word wrapped by language; app.css shows
// the words of the page's language (html[lang]), so switching language needs no style rebuild.
import { BASEMAP_ATTRIBUTIONS } from "../data/basemap-attribution";

const both = (words: { zh: string; en: string }, zhSuffix: string, enSuffix: string) =>
  `<span class="attribution-zh" lang="zh-CN">${words.zh}${zhSuffix}</span><span class="attribution-en" lang="en">${words.en}${enSuffix}</span>`;

export const BILINGUAL_ATTRIBUTION = BASEMAP_ATTRIBUTIONS.map((source) => {
  const label = source.label ? both(source.label, "：", ": ") : "";
  const licence = source.licenceLabel ? ` (${both(source.licenceLabel, "", "")})` : "";
  return `${label}${source.credit}${licence}`;
}).join(" · ");
