// Which projects follow which shared course (data/courses.geojson), and where. Each project part is a
// run of pieces: a stretch of a course between two of its vertices (in either direction), or the
// project's own positions where it leaves every course. scripts/apply-courses.ts writes the result into
// the project files, which stay self-contained GeoJSON.
import type { Position } from "geojson";

export type CoursePiece = { course: string; from: Position; to: Position } | { positions: Position[] };

export interface CourseUse {
  /** The `course` property written to the feature: one id, or several when it follows several. */
  course: string | string[];
  /** One entry per LineString part: a LineString has one part, a MultiLineString several. */
  parts: CoursePiece[][];
}

// The Grand Canal's historic course via Jiaxing (苏州塘, 杭州塘): the cultural belt's channel. The
// modern main channel runs by 乌镇 instead, and the canal work (京杭运河嘉兴段) is drawn on it with its
// own positions, on no shared course.
const CANAL = "grand-canal-jiaxing";
const HIGH_SPEED_RAILWAY = "shanghai-hangzhou-hsr-jiaxing";
const PINGHU_WATERWAY = "jiaxing-pinghu-waterway";
// 杭平申线: the channel itself and the container corridor, whose main channel it is.
const HANGPINGSHEN = "hangzhou-pinghu-shanghai-channel";

// Ends and junctions on the courses (degrees WGS84), named so the table reads as a route description.
const CANAL_WANGJIANGJING: Position = [120.715, 30.9];
const CANAL_CHONGFU: Position = [120.431, 30.542];
const CANAL_DAMA: Position = [120.34, 30.502];
const HANGPINGSHEN_YUHANG_BOUNDARY: Position = [120.323, 30.498];
const HANGPINGSHEN_SHANGHAI_BOUNDARY: Position = [121.095, 30.775];
const JIAXING_SOUTH_STATION: Position = [120.7936, 30.7044];
// The first course vertex north-east and south-west of Jiaxing South station, about 2 km out: the common
// approach that planned lines running east or west share into the station instead of meeting it as
// separate spokes. 通苏嘉甬 runs north–south through the station, across the high-speed railway, and
// keeps its own approach: joining the north-eastern one would make it turn about 85° in the station.
const STATION_NORTH_EAST_APPROACH: Position = [120.81087, 30.71511];
const STATION_SOUTH_WEST_APPROACH: Position = [120.77718, 30.6926];
const TONGXIANG_STATION: Position = [120.56369, 30.5392];
const PINGHU_WATERWAY_JIAXING: Position = [120.77, 30.765];
const PINGHU_WATERWAY_PINGHU: Position = [121.01029, 30.70121];
// OurAirports' position of Jiaxing airport (data/basemap/reference-points.geojson).
const JIAXING_AIRPORT: Position = [120.67978, 30.70554];

export const COURSE_USES: Readonly<Record<string, CourseUse>> = {
  "grand-canal-jiaxing-cultural-belt": {
    course: CANAL,
    parts: [
      [{ course: CANAL, from: CANAL_WANGJIANGJING, to: CANAL_DAMA }],
      // The Chongchang Gang branches off the canal at Chongfu towards the Chang'an dam.
      [{ positions: [CANAL_CHONGFU, [120.46, 30.51], [120.49, 30.485], [120.52, 30.467]] }],
    ],
  },
  "hangzhou-pinghu-shanghai-channel": {
    course: HANGPINGSHEN,
    parts: [
      [{ course: HANGPINGSHEN, from: HANGPINGSHEN_YUHANG_BOUNDARY, to: HANGPINGSHEN_SHANGHAI_BOUNDARY }],
    ],
  },
  // The corridor's Jiaxing works are on 杭平申线 (its main channel), 杭申线 and 乍浦塘 (sources in
  // data/README.md): the whole 杭平申线 course, and 乍浦塘 from 平湖 south to the 乍浦 port area.
  "north-zhejiang-container-waterway": {
    course: HANGPINGSHEN,
    parts: [
      [{ course: HANGPINGSHEN, from: HANGPINGSHEN_YUHANG_BOUNDARY, to: HANGPINGSHEN_SHANGHAI_BOUNDARY }],
      [{ positions: [PINGHU_WATERWAY_PINGHU, [121.05, 30.67], [121.08, 30.63], [121.09, 30.61]] }],
    ],
  },
  "sea-river-intermodal-main-channel": {
    course: PINGHU_WATERWAY,
    parts: [
      [
        { course: PINGHU_WATERWAY, from: PINGHU_WATERWAY_JIAXING, to: PINGHU_WATERWAY_PINGHU },
        {
          positions: [
            [121.06, 30.69],
            [121.1, 30.675],
            [121.14, 30.655],
            [121.17, 30.646],
          ],
        },
      ],
    ],
  },
  "shanghai-zhapu-hangzhou-railway": {
    course: HIGH_SPEED_RAILWAY,
    parts: [
      [
        {
          positions: [
            [121.29, 30.79],
            [121.2, 30.71],
            [121.1, 30.632],
            [121.02, 30.67],
            [120.94, 30.685],
            [120.87, 30.695],
          ],
        },
        { course: HIGH_SPEED_RAILWAY, from: STATION_NORTH_EAST_APPROACH, to: TONGXIANG_STATION },
        {
          positions: [
            [120.47, 30.5],
            [120.38, 30.465],
            [120.3, 30.44],
            [120.18, 30.38],
            [120.03, 30.32],
          ],
        },
      ],
    ],
  },
  "shanghai-jiaxing-intercity-rail-demonstration-section": {
    course: HIGH_SPEED_RAILWAY,
    parts: [
      [
        { course: HIGH_SPEED_RAILWAY, from: JIAXING_SOUTH_STATION, to: STATION_NORTH_EAST_APPROACH },
        {
          positions: [
            [120.821, 30.742],
            [120.839, 30.765],
            [120.856, 30.788],
            [120.875, 30.805],
            [120.893, 30.82],
            [120.913, 30.833],
            [120.94, 30.845],
            [120.965, 30.857],
            [120.99, 30.868],
            [121.005, 30.878],
          ],
        },
      ],
    ],
  },
  "jiaxing-huzhou-railway": {
    course: HIGH_SPEED_RAILWAY,
    parts: [
      [
        { course: HIGH_SPEED_RAILWAY, from: JIAXING_SOUTH_STATION, to: STATION_SOUTH_WEST_APPROACH },
        {
          positions: [
            [120.73, 30.703],
            JIAXING_AIRPORT,
            [120.62, 30.715],
            [120.56, 30.73],
            [120.4951, 30.7461],
            [120.43, 30.79],
            [120.35, 30.83],
            [120.26, 30.855],
            [120.17, 30.87],
          ],
        },
      ],
    ],
  },
};
