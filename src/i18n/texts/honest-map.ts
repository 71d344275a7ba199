// Interface text, an honest map close up: precision in words, the close-up note. Keys name the place the text appears.
import type { MessageTable } from "./message-table";

const zh = {
  precisionBuiltCourse: "线路已建成或在建，走向是公开的；图上按沿线城镇和车站连线绘制，并非沿实际线路描绘。",
  precisionCoursePublicNotTraced:
    "线路走向是公开的（已建成、在建或已公布），但图上没有按实际走向描绘：只按注明的城镇、车站或互通连线，表示它连接哪些地点。",
  precisionAlignmentNotPublic: "规划线位尚未公布；图上只表示它连接哪些地点，不代表线路走向。",
  precisionBoundaryNotPublic: "没有公布的边界；图上范围为示意。",
  precisionPointInDistrict: "按所在城区、镇或车站一带估计标注，不是实测点位。",
  precisionOfficialBoundary: "由整县（区）或整市组成，取自官方行政边界。",
  precisionSurveyedPosition: "位置取自公开的实测坐标。",
  precisionOffLine:
    "实际线路与图上线条的偏差可达约{distance}；放大地图时，线条化为柔和的色带，不应视为实测线路。",
  precisionOffZone: "实际边界与图上边线的偏差可达约{distance}；放大地图时，边线化为柔和的色带。",
  precisionOffPoint: "实际位置与标记的距离可达约{distance}；放大地图时，标记周围显示柔和的色圈。",
  precisionOffExact: "图上位置与实际位置相差约{distance}以内。",
  precisionOffGeneric: "图上位置的偏差可达约{distance}。",
  distanceMetres: "{value}米",
  distanceKilometres: "{value}公里",
  closeUpNote: "内置底图只用于概览：这个比例尺下没有街道。",
  dismissNote: "隐藏此提示",
  closeUpOffer: "改用详细底图：",
  closeUpNeedsInput: "{name}：在“筛选 → 底图”中填写后使用",
  closeUpNone: "本站没有配置详细底图。",
  precisionLegendOff: "偏差可达约{distance}",
} as const;

const en: MessageTable<typeof zh> = {
  precisionBuiltCourse:
    "Its course is public (built or being built); it is drawn through the towns and stations on its course, not traced along it.",
  precisionCoursePublicNotTraced:
    "Its course is public (built, being built or published) but is not traced here: the line joins the towns, stations or interchanges named in its note, showing which places it links rather than its exact course.",
  precisionAlignmentNotPublic:
    "The alignment is not public: the line shows which places it links, not the course it will take.",
  precisionBoundaryNotPublic: "There is no published boundary; the outline is schematic.",
  precisionPointInDistrict:
    "Placed in its district, town or station area by estimate, not at a surveyed site.",
  precisionOfficialBoundary: "Whole counties or prefectures, from their official boundaries.",
  precisionSurveyedPosition: "The position comes from a published, surveyed coordinate.",
  precisionOffLine:
    "The real course can be up to about {distance} from the drawn line; close up, the line turns into a soft band, not a surveyed course.",
  precisionOffZone:
    "The real boundary can be up to about {distance} from the drawn edge; close up, the edge turns into a soft band.",
  precisionOffPoint:
    "The real site can be up to about {distance} from the marker; close up, a soft disc surrounds it.",
  precisionOffExact: "The drawing is within about {distance} of the real position.",
  precisionOffGeneric: "The drawing can be up to about {distance} off.",
  distanceMetres: "{value} m",
  distanceKilometres: "{value} km",
  closeUpNote: "The embedded basemap is an overview: it shows no streets at this scale.",
  dismissNote: "Hide this note",
  closeUpOffer: "Switch to a detailed basemap:",
  closeUpNeedsInput: "{name}: fill it in under Filters → Basemap",
  closeUpNone: "This site offers no detailed basemap.",
  precisionLegendOff: "can be up to about {distance} off",
};

export const honestMapMessages = { zh, en };
