// The words a reader types for a layer or a pillar, beyond its legend name (src/data/facets.ts):
// mostly the plan's own words for the category (铁路, 航道, 平台, 枢纽…) and their usual English.
// 水运 does not occur in the plan but is the everyday word for its waterway projects.
import type { LayerName, Pillar } from "../src/data/project-schema";

export const LAYER_WORDS: Record<LayerName, string[]> = {
  railway: ["铁路", "轨道", "城际", "高铁", "有轨电车", "railway", "rail", "intercity", "tram"],
  airport: ["机场", "航空", "airport", "aviation"],
  waterway: ["水运", "航道", "港口", "码头", "waterway", "canal", "port", "berth"],
  highway: ["公路", "高速", "快速路", "highway", "expressway", "road"],
  platform: ["平台", "园区", "platform", "zone", "park"],
  innovation: ["创新", "科创", "研究院", "innovation", "research institute"],
  urban: ["城市品质", "城市", "urban", "city"],
};

export const PILLAR_WORDS: Record<Pillar, string[]> = {
  hub: ["枢纽", "hub"],
  innovation: ["创新", "innovation"],
  quality: ["品质", "quality"],
  openness: ["开放", "openness", "opening"],
};
