// The words for every import message, in Chinese and English. A template's {name} is replaced by the
// message's value of that name; values are shown as plain text, never as markup.
export type Language = "zh" | "en";

type Templates = Record<string, { zh: string; en: string }>;

// Whole-file refusals and notes.
const FILE_MESSAGES: Templates = {
  "empty-file": { zh: "文件是空的。", en: "The file is empty." },
  "no-features": { zh: "文件中没有要素。", en: "The file has no features." },
  unreadable: { zh: "无法读取文件：{detail}", en: "The file could not be read: {detail}" },
  "too-large": {
    zh: "文件有 {megabytes} MB，超过 {limit} MB 的上限。",
    en: "The file is {megabytes} MB, over the {limit} MB limit.",
  },
  "unpacks-too-large": {
    zh: "文件本身 {fileMegabytes} MB，解压后将有 {unpackedMegabytes} MB，超过 {limit} MB 的上限。",
    en: "The file is {fileMegabytes} MB; unpacked it would be {unpackedMegabytes} MB, over the {limit} MB limit.",
  },
  "unpacks-past-limit": {
    zh: "文件本身 {fileMegabytes} MB，目录声称解压后 {declaredMegabytes} MB，实际解压超过 {limit} MB 的上限，已停止读取。",
    en: "The file is {fileMegabytes} MB and its directory claims {declaredMegabytes} MB unpacked, but it unpacks to more than the {limit} MB limit; reading stopped there.",
  },
  "dbf-unreadable": {
    zh: "属性表 {file} 无法读取：{detail}",
    en: "The attribute table {file} could not be read: {detail}",
  },
  "importer-failed": {
    zh: "读取文件的程序未能加载（{detail}）。",
    en: "The program that reads files could not be loaded ({detail}).",
  },
  "too-many-features": {
    zh: "文件约有 {count} 个要素，超过 {limit} 个的上限。",
    en: "The file has about {count} features, over the limit of {limit}.",
  },
  "binary-not-text": {
    zh: "文件名是 .{extension}，但内容不是文本（可能是 Excel 或压缩文件）。请另存为 CSV（UTF-8）。",
    en: "The file is named .{extension} but is not text (perhaps an Excel or zip file). Save it as CSV (UTF-8).",
  },
  "unknown-format": {
    zh: "无法识别“{name}”的格式。支持 CSV、GeoJSON、KML、GPX 和 Shapefile（zip）。",
    en: "“{name}” is not a format the map reads: use CSV, GeoJSON, KML, GPX or a zipped Shapefile.",
  },
  "not-a-zip": {
    zh: "文件名是 .zip，但不是 zip 压缩包。",
    en: "The file is named .zip but is not a zip archive.",
  },
  "zip-without-shapefile": {
    zh: "压缩包里没有 .shp 文件（只有：{names}）。",
    en: "The zip holds no .shp file (only: {names}).",
  },
  "shapefile-unreadable": {
    zh: "无法读取 Shapefile：{detail}",
    en: "The Shapefile could not be read: {detail}",
  },
  "no-coordinate-columns": {
    zh: "找不到经度、纬度列（表头：{columns}）。请将列命名为“经度”“纬度”，或指定列名。",
    en: "No longitude and latitude columns found (headers: {columns}). Name them “longitude” and “latitude”, or choose the columns.",
  },
  "named-column-missing": {
    zh: "表头中没有“{column}”列（表头：{columns}）。",
    en: "There is no column “{column}” (headers: {columns}).",
  },
  "no-rows": { zh: "表格只有表头，没有数据行。", en: "The table has a header but no data rows." },
  "invalid-json": {
    zh: "文件不是有效的 JSON：{detail}",
    en: "The file is not valid JSON: {detail}",
  },
  "json-not-a-number": {
    zh: "文件含有 NaN 或 Infinity，这在 JSON 中不是合法数字。请改为真实数值或删除这些要素。",
    en: "The file contains NaN or Infinity, which are not numbers in JSON. Replace them with real values or remove those features.",
  },
  "not-geojson": {
    zh: "JSON 不是 GeoJSON（类型：{type}）。",
    en: "The JSON is not GeoJSON (type: {type}).",
  },
  "unsupported-crs": {
    zh: "文件声明的坐标系是 {crs}；请先转换为 WGS84 经纬度（EPSG:4326）。",
    en: "The file declares the coordinate system {crs}; convert it to WGS84 longitude/latitude (EPSG:4326) first.",
  },
  "invalid-xml": { zh: "文件不是有效的 XML：{detail}", en: "The file is not valid XML: {detail}" },
  "kml-no-placemarks": {
    zh: "KML 中没有地标（Placemark），没有可显示的内容。",
    en: "The KML has no placemarks, so there is nothing to show.",
  },
  "gpx-no-features": {
    zh: "GPX 中没有航点、航线或轨迹。",
    en: "The GPX has no waypoints, routes or tracks.",
  },
  "bare-geometry-wrapped": {
    zh: "文件只有一个几何对象（{type}），已作为一个要素导入。",
    en: "The file holds a single geometry ({type}); it was imported as one feature.",
  },
  "encoding-gbk": {
    zh: "文件不是 UTF-8 编码，已按 GBK 读取。",
    en: "The file is not UTF-8; it was read as GBK.",
  },
};

// Row- and feature-level problems; the place ("row 8", "feature 3 (名称)") is put in front.
const PROBLEM_MESSAGES: Templates = {
  "not-a-number": {
    zh: "{field}“{value}”不是数字",
    en: "{field} '{value}' is not a number",
  },
  "missing-coordinate": { zh: "{field}为空", en: "{field} is empty" },
  "out-of-range": {
    zh: "{field} {value} 超出 {min}…{max}",
    en: "{field} {value} is outside {min}…{max}",
  },
  "outside-region": {
    zh: "位置 {longitude}, {latitude} 在地图范围之外（已保留）",
    en: "position {longitude}, {latitude} is outside the map's region (kept)",
  },
  "no-geometry": { zh: "没有几何对象", en: "has no geometry" },
  "invalid-geometry": { zh: "几何对象无效（{type}）", en: "the geometry is not valid ({type})" },
  "invalid-position": { zh: "坐标不是有效数字", en: "a position is not a pair of finite numbers" },
  "line-too-short": { zh: "线少于两个点", en: "line has fewer than two positions" },
  "ring-too-short": { zh: "面的边界少于四个点", en: "polygon ring has fewer than four positions" },
  "ring-not-closed": { zh: "面的边界未闭合", en: "polygon ring not closed" },
  "dbf-record-missing": {
    zh: "{file} 只有 {rows} 条完整记录（文件头声称 {claimed} 条），此要素没有属性（已保留）",
    en: "{file} holds {rows} complete records (its header claims {claimed}); this feature has no attributes (kept)",
  },
  "collection-too-deep": {
    zh: "几何集合（GeometryCollection）嵌套超过 {limit} 层，无法显示",
    en: "GeometryCollections are nested more than {limit} deep; the feature cannot be shown",
  },
};

// The column names shown in coordinate problems.
const FIELD_NAMES: Record<string, { zh: string; en: string }> = {
  longitude: { zh: "经度", en: "longitude" },
  latitude: { zh: "纬度", en: "latitude" },
};

export function fileTemplate(code: string, language: Language): string {
  return FILE_MESSAGES[code]?.[language] ?? code;
}

export function problemTemplate(code: string, language: Language): string {
  return PROBLEM_MESSAGES[code]?.[language] ?? code;
}

export function fieldName(field: string, language: Language): string {
  return FIELD_NAMES[field]?.[language] ?? field;
}
