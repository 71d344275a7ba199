// Interface text, a detailed basemap from a PMTiles archive (config.json kind "pmtiles"): why an archive
// cannot be drawn, in words a deployer can act on, and the switch's hint. Keys name the place the text
// appears.
import type { MessageTable } from "./message-table";

const zh = {
  detailedBasemapFailed: "详细底图 {name} 无法使用：{detail}。已切换回内置底图。",
  basemapArchiveHint: "详细底图从本站读取，无需联网；若文件无法使用，将切换回内置底图并说明原因。",
  archiveBadUrl: "地址不被允许，只能是本站路径或 https 地址",
  archiveNotFound: "找不到文件 {file}（HTTP {status}）",
  archiveWebPage: "服务器返回的是网页而不是底图文件，{file} 可能不在所配置的位置",
  archiveHttpStatus: "服务器拒绝了请求（HTTP {status}）",
  archiveNetwork: "无法连接服务器（{detail}）",
  archiveTimeout: "{seconds} 秒内没有响应",
  archiveEmpty: "文件为空（0 字节）",
  archiveNoByteRanges: "服务器不支持按字节范围读取（HTTP Range 请求返回了整个文件），PMTiles 需要此功能",
  archiveNotPmtiles: "文件不是 PMTiles 格式",
  archiveVersion: "PMTiles 第 {version} 版不受支持（需要第 3 版）",
  archiveTruncated: "文件不完整：应至少有 {expected}，实际只有 {actual}",
  archiveHugeRoot: "文件头异常：根目录长 {size}，超出规范允许的 {limit}",
  archiveHugeMetadata: "文件头异常：元数据长 {size}，超出上限 {limit}",
  archiveNotVector: "瓦片不是矢量瓦片（{type}），此底图需要 Protomaps 矢量瓦片（MVT）",
  archiveCompression: "文件使用了浏览器无法读取的压缩方式（{compression}）",
  archiveBadMetadata: "元数据无法读取（{detail}）",
  archiveOtherSchema: "不是 Protomaps 底图结构：缺少图层 {missing}（文件中的图层：{found}）",
  archiveOutsideRegion: "覆盖范围（{bounds}）不含嘉兴",
} as const;

const en: MessageTable<typeof zh> = {
  detailedBasemapFailed:
    "The detailed basemap {name} cannot be used: {detail}. Back to the embedded basemap.",
  basemapArchiveHint:
    "The detailed basemap is read from this site and needs no internet; if its file cannot be used, the embedded basemap returns and a notice says why.",
  archiveBadUrl: "its address is not allowed: only a path on this site or an https address",
  archiveNotFound: "the file {file} is not there (HTTP {status})",
  archiveWebPage:
    "the server sent a web page instead of the archive; {file} may not be where config.json says",
  archiveHttpStatus: "the server refused the request (HTTP {status})",
  archiveNetwork: "the server cannot be reached ({detail})",
  archiveTimeout: "no answer in {seconds} s",
  archiveEmpty: "the file is empty (0 bytes)",
  archiveNoByteRanges:
    "the server ignores byte ranges (an HTTP Range request returned the whole file); PMTiles needs them",
  archiveNotPmtiles: "the file is not a PMTiles archive",
  archiveVersion: "PMTiles version {version} is not supported (version 3 is)",
  archiveTruncated: "the file is truncated: it should hold at least {expected} but has {actual}",
  archiveHugeRoot:
    "its header is implausible: a root directory of {size}, past the {limit} the format allows",
  archiveHugeMetadata: "its header is implausible: metadata of {size}, past the {limit} limit",
  archiveNotVector:
    "its tiles are not vector tiles ({type}); this basemap needs Protomaps vector tiles (MVT)",
  archiveCompression: "it uses a compression the browser cannot read ({compression})",
  archiveBadMetadata: "its metadata cannot be read ({detail})",
  archiveOtherSchema:
    "it is not in the Protomaps basemap schema: layers {missing} are missing (it has {found})",
  archiveOutsideRegion: "it covers {bounds}, not Jiaxing",
};

export const detailedBasemapMessages = { zh, en };
