// A small hand-written index for the search tests, in the shape the build produces
// (scripts/build-search-index.ts): pinyin, initials and spans written out so the tests need no
// pinyin library.
import type { SearchEntry, SearchIndex } from "../../src/search/search-index-types";

type Names = Pick<SearchEntry, "kind" | "key" | "zh" | "en" | "pinyin" | "initials" | "spans">;

const entry = (names: Names, aliases: string[] = [], context: string[] = []): SearchEntry => ({
  ...names,
  aliases,
  ...(context.length > 0 ? { context } : {}),
});
const HAINING_WORDS = ["海宁市", "海宁", "Haining"];
const RAILWAY_WORDS = ["铁路与轨道", "Railways", "铁路", "railway", "rail"];

export const TEST_INDEX: SearchIndex = {
  version: 1,
  entries: [
    entry(
      {
        kind: "project",
        key: "hangzhou-haining-intercity-railway",
        zh: "杭海城际铁路",
        en: "Hangzhou–Haining Intercity Railway",
        pinyin: "hanghaichengjitielu",
        initials: "hhcjtl",
        spans: "435232",
      },
      ["杭海"],
      [...HAINING_WORDS, ...RAILWAY_WORDS],
    ),
    entry(
      {
        kind: "project",
        key: "shanghai-pinghu-intercity-railway",
        zh: "沪平城际铁路",
        en: "Shanghai–Pinghu Intercity Railway",
        pinyin: "hupingchengjitielu",
        initials: "hpcjtl",
        spans: "245232",
      },
      ["沪平"],
      ["海盐县", "海盐", "Haiyan", "平湖市", "平湖", "Pinghu", ...RAILWAY_WORDS],
    ),
    entry(
      {
        kind: "project",
        key: "g525-haining-section",
        zh: "G525海宁段",
        en: "G525 Haining section",
        pinyin: "g525hainingduan",
        initials: "g525hnd",
        spans: "1111344",
      },
      ["G525"],
      [...HAINING_WORDS, "公路", "Highways", "highway", "road"],
    ),
    entry(
      {
        kind: "project",
        key: "grand-canal-jiaxing-cultural-belt",
        zh: "大运河(嘉兴段)文化保护传承利用",
        en: "Protection, transmission and use of the culture of the Grand Canal (Jiaxing section)",
        pinyin: "dayunhejiaxingduanwenhuabaohuchuanchengliyong",
        initials: "dyhjxdwhbhccly",
        spans: "2320344033325524",
      },
      ["大运河"],
    ),
    entry(
      {
        kind: "project",
        key: "grand-canal-jiaxing-section",
        zh: "京杭运河嘉兴段",
        en: "Beijing–Hangzhou Grand Canal, Jiaxing section",
        pinyin: "jinghangyunhejiaxingduan",
        initials: "jhyhjxd",
        spans: "4432344",
      },
      ["京杭运河"],
    ),
    entry({
      kind: "county",
      key: "330481",
      zh: "海宁市",
      en: "Haining",
      pinyin: "hainingshi",
      initials: "hns",
      spans: "343",
    }),
    entry({
      kind: "county",
      key: "330424",
      zh: "海盐县",
      en: "Haiyan County",
      pinyin: "haiyanxian",
      initials: "hyx",
      spans: "343",
    }),
    entry({
      kind: "place",
      key: "haining",
      zh: "海宁",
      en: "Haining",
      pinyin: "haining",
      initials: "hn",
      spans: "34",
    }),
    entry({
      kind: "place",
      key: "shanghai",
      zh: "上海",
      en: "Shanghai",
      pinyin: "shanghai",
      initials: "sh",
      spans: "53",
    }),
    entry(
      {
        kind: "facet",
        key: "layer:railway",
        zh: "铁路与轨道",
        en: "Railways",
        pinyin: "tieluyuguidao",
        initials: "tlygd",
        spans: "32233",
      },
      ["铁路", "轨道", "railway"],
    ),
  ],
};
