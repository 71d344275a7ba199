// Names of the plan's categories in both languages. The Chinese follows the plan's own wording
// (“枢纽嘉兴”“创新嘉兴”…); the county names follow the administrative division list.
import type { CountyCode, LayerName, Pillar, Precision, Status } from "../data/project-schema";
import type { Language } from "./language";

type Names<K extends string> = Record<K, Record<Language, string>>;

export const PILLAR_NAMES: Names<Pillar> = {
  hub: { zh: "枢纽嘉兴", en: "Hub" },
  innovation: { zh: "创新嘉兴", en: "Innovation" },
  quality: { zh: "品质嘉兴", en: "Quality" },
  openness: { zh: "开放嘉兴", en: "Openness" },
};

export const LAYER_NAMES: Names<LayerName> = {
  railway: { zh: "铁路与轨道", en: "Railways" },
  airport: { zh: "军民合用机场", en: "Airport" },
  waterway: { zh: "航道与港口", en: "Waterways & ports" },
  highway: { zh: "公路", en: "Highways" },
  platform: { zh: "产业平台与开放区", en: "Platforms & zones" },
  innovation: { zh: "创新载体", en: "Innovation hubs" },
  urban: { zh: "城市品质项目", en: "Urban quality" },
};

export const STATUS_NAMES: Names<Status> = {
  planning: { zh: "谋划研究", en: "Planning" },
  preliminary: { zh: "推进前期", en: "Preliminary work" },
  start: { zh: "年内开工", en: "Starts in 2020" },
  construction: { zh: "续建推进", en: "Under construction" },
  completion: { zh: "年内建成", en: "Completes in 2020" },
  operation: { zh: "已建运营", en: "In operation" },
};

export const PRECISION_NAMES: Names<Precision> = {
  exact: { zh: "位置准确", en: "Exact" },
  approximate: { zh: "位置近似", en: "Approximate" },
  schematic: { zh: "示意走向", en: "Schematic" },
};

export const COUNTY_NAMES: Names<CountyCode> = {
  "330402": { zh: "南湖区", en: "Nanhu" },
  "330411": { zh: "秀洲区", en: "Xiuzhou" },
  "330421": { zh: "嘉善县", en: "Jiashan" },
  "330424": { zh: "海盐县", en: "Haiyan" },
  "330481": { zh: "海宁市", en: "Haining" },
  "330482": { zh: "平湖市", en: "Pinghu" },
  "330483": { zh: "桐乡市", en: "Tongxiang" },
};
