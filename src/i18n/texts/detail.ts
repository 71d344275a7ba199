// Interface text, a project's details (the panel beside the map or the phone's sheet). Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  detailPillar: "所属会战",
  detailLayer: "类别",
  detailTarget: "年度目标",
  detailCounties: "涉及区县",
  detailQuote: "计划原文",
  detailSection: "出处",
  copyLink: "复制链接",
  quoteOriginal: "中文原文",
} as const;

const en: MessageTable<typeof zh> = {
  detailPillar: "Pillar",
  detailLayer: "Category",
  detailTarget: "What 2020 asks",
  detailCounties: "Counties",
  detailQuote: "The plan's words",
  detailSection: "Section",
  copyLink: "Copy link",
  quoteOriginal: "Chinese original",
};

export const detailMessages = { zh, en };
