// The short names the plan and its readers use for a project, derived conservatively from its Chinese
// name: generic endings are peeled off (杭海城际铁路 → 杭海, 嘉兴火车站改建工程 → 嘉兴火车站), a road's
// number stands for the road (G525海盐段 → G525), a section suffix goes (京杭运河嘉兴段 → 京杭运河).
// A form is kept only when the plan's own quote for the project contains it, so no alias is invented.

// Longest first, so 改建工程 goes before 工程 would leave 改建.
const GENERIC_ENDINGS = [
  "扩容提升工程",
  "及接线工程",
  "改建工程",
  "抬升工程",
  "城际铁路",
  "城际轨道",
  "示范段",
  "工程",
  "项目",
  "一期",
  "铁路",
  "航道",
  "公路",
];
const GENERIC_STARTS = ["市区", "高铁", "铁路"];
// A section of a named road or waterway: 苏台高速南浔至桐乡段, 京杭运河嘉兴段, 沪杭高速许村段.
const SECTION =
  /^(.+?(?:高速|运河|铁路|公路|航道))(?:\p{Script=Han}+至\p{Script=Han}+段|\p{Script=Han}{2,3}段)$/u;
const ROAD_NUMBER = /^[GS]\d{2,4}(?=\p{Script=Han})/u;
const BEFORE_BRACKET = /^([^(（]{2,})[(（]/;

export function projectAliases(nameZh: string, sourceQuote: string): string[] {
  const forms = new Set<string>();
  const stem = peelEndings(nameZh);
  // Only the fully peeled name is a short name; the steps between (沪嘉城际轨道项目) are not.
  if (stem !== nameZh) {
    forms.add(stem);
    for (const start of GENERIC_STARTS)
      if (stem.startsWith(start) && length(stem) - length(start) >= 3) forms.add(stem.slice(start.length));
  }
  const section = SECTION.exec(stem)?.[1];
  if (section) forms.add(section);
  const road = ROAD_NUMBER.exec(nameZh)?.[0];
  if (road) forms.add(road);
  const bracketed = BEFORE_BRACKET.exec(nameZh)?.[1];
  if (bracketed) forms.add(bracketed);
  forms.delete(nameZh);
  return [...forms].filter((form) => length(form) >= 2 && sourceQuote.includes(form)).sort();
}

function peelEndings(name: string): string {
  let stem = name;
  for (let peeled = true; peeled; ) {
    peeled = false;
    for (const ending of GENERIC_ENDINGS) {
      if (stem.endsWith(ending) && length(stem) - length(ending) >= 2) {
        stem = stem.slice(0, -ending.length);
        peeled = true;
        break;
      }
    }
  }
  return stem;
}

/** A county's name without its administrative ending (海宁市 → 海宁), as people say it. */
export function countyAliases(nameZh: string, shortEnglish: string, nameEn: string): string[] {
  const aliases: string[] = [];
  const short = nameZh.replace(/[市县区]$/u, "");
  if (short !== nameZh && length(short) >= 2) aliases.push(short);
  if (shortEnglish && shortEnglish !== nameEn) aliases.push(shortEnglish);
  return aliases;
}

function length(text: string): number {
  return Array.from(text).length;
}
