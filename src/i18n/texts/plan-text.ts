// Interface text, the plan beside the map: the plan tab and "Read in the plan". Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  planFailed: "规划原文未能载入（{detail}）。",
  planProblems: "规划原文的数据文件有误，部分内容可能缺失。",
  planSource: "《2020年嘉兴市国民经济和社会发展计划》全文，按原文段落排列，嘉兴市人民政府印发。",
  planPublishedInChinese: "规划仅以中文发布。",
  planCoverageHeading: "上图情况",
  planCoverageSummary: "规划点名的空间事项 {named} 项：{mapped} 项已上图，{notMapped} 项未上图。",
  planCoverageBattle: "部分",
  planCoverageNamed: "点名",
  planCoverageMapped: "已上图",
  planCoverageNotMapped: "未上图及原因",
  planCoverageOther: "其余部分",
  planCoverageTotal: "合计",
  planReasonNoLocation: "无确切位置",
  planReasonNotSpatial: "不是具体地点",
  planReasonProgramme: "全市性计划",
  planReasonOutsideScope: "超出本图范围",
  planContents: "目录",
  planMarksHint:
    "有彩色下划线的文字已在地图上：点按选中项目，悬停或聚焦时在地图上突出显示；虚线框内是规划点名但未上图的事项，悬停或聚焦可见原因。",
  planChooseProject: "这句话对应 {count} 个项目：",
  planNotMapped: "未上图：{reason}",
  planAlsoNamed: "同句还点名了未上图的：",
  planUnknownProject: "链接中的项目{id}不在地图上，下面是规划全文。",
  planTranslation: "地图数据中的英文译文",
  readInPlan: "在原文中查看",
} as const;

const en: MessageTable<typeof zh> = {
  planFailed: "The plan text could not be loaded ({detail}).",
  planProblems: "The plan's data files have faults; parts may be missing.",
  planSource:
    "The full text of the 2020 Jiaxing Economic and Social Development Plan, paragraph by paragraph, as issued by the Jiaxing Municipal People's Government.",
  planPublishedInChinese:
    "The plan is published in Chinese only, so the original is shown. Each clause that is on the map has its English translation from the map data beside it; nothing else is translated.",
  planCoverageHeading: "What is on the map",
  planCoverageSummary: "The plan names {named} spatial items: {mapped} are on the map, {notMapped} are not.",
  planCoverageBattle: "Part",
  planCoverageNamed: "Named",
  planCoverageMapped: "Mapped",
  planCoverageNotMapped: "Not mapped, and why",
  planCoverageOther: "Rest of the plan",
  planCoverageTotal: "Total",
  planReasonNoLocation: "no location given",
  planReasonNotSpatial: "not a place",
  planReasonProgramme: "city-wide programme",
  planReasonOutsideScope: "outside the map's scope",
  planContents: "Contents",
  planMarksHint:
    "Text with a coloured underline is on the map: click it to select the project; hover or focus it to highlight it on the map. Items in a dotted box are named by the plan but not drawn; hover or focus one for the reason.",
  planChooseProject: "This clause is {count} projects:",
  planNotMapped: "Not on the map: {reason}",
  planAlsoNamed: "Also named here, not on the map:",
  planUnknownProject: "The link's project {id} is not on the map; here is the whole plan.",
  planTranslation: "English translation from the map data",
  readInPlan: "Read in the plan",
};

export const planTextMessages = { zh, en };
