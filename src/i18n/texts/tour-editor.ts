// Interface text, the tour editor: starting a tour, its name, each slide's filters and view, the frame
// outline and the empty tour. Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  tourStartEmpty: "新建空白导览",
  tourCopyPlan: "复制规划导览",
  tourNoneYet: "还没有自己的导览：新建一个空白导览，或复制规划导览后修改。",
  tourReplaceConfirm: "这会替换我的导览（{count} 页）。",
  tourReplace: "替换",
  tourCancel: "取消",
  tourNameZh: "导览名称（中文）",
  tourNameEn: "导览名称（英文，用于文件名）",
  tourSlides: "我的导览的页面",
  tourNoSlides: "还没有页面：在右侧框好地图，选好下面的筛选，然后点“添加当前视图”。",
  tourSlideFilters: "第 {number} 页显示什么",
  tourSlideUpdate: "用当前视图更新第 {number} 页",
  tourThisView: "当前视图显示什么",
  tourViewChoice: "着色",
  tourYear: "年份",
  tourYearLatest: "最新记录",
  tourFrameHint: "虚线框内就是这一页放映时显示的范围。",
  tourFiltersAll: "全部项目",
  tourFiltersCount: "{shown} 个项目",
  tourAddNeedsTour: "先新建空白导览或复制规划导览，再添加视图。",
  presenterEmptyTour: "我的导览还没有页面",
  presenterEmptyTourHint: "点“编辑导览”，把当前视图加为第一页。",
} as const;

const en: MessageTable<typeof zh> = {
  tourStartEmpty: "Start an empty tour",
  tourCopyPlan: "Copy the plan's tour",
  tourNoneYet: "You have no tour of your own yet: start an empty one, or copy the plan's tour and change it.",
  tourReplaceConfirm: "This replaces my tour ({count} slides).",
  tourReplace: "Replace",
  tourCancel: "Cancel",
  tourNameZh: "Tour name (Chinese)",
  tourNameEn: "Tour name (English, used in file names)",
  tourSlides: "My tour's slides",
  tourNoSlides:
    "No slides yet: frame the map on the right, choose what it shows below, then “Add this view”.",
  tourSlideFilters: "What slide {number} shows",
  tourSlideUpdate: "Update slide {number} to this view",
  tourThisView: "What this view shows",
  tourViewChoice: "Colours",
  tourYear: "Year",
  tourYearLatest: "Latest record",
  tourFrameHint: "The dashed frame is what this slide shows when presented.",
  tourFiltersAll: "All projects",
  tourFiltersCount: "{shown} projects",
  tourAddNeedsTour: "Start an empty tour or copy the plan's tour first, then add views.",
  presenterEmptyTour: "My tour has no slides yet",
  presenterEmptyTourHint: "Press “Edit tour” and add this view as the first slide.",
};

export const tourEditorMessages = { zh, en };
