// The module scripts/vite-plugin-label-font.ts serves: the map labels' own font file and the characters
// it holds, as CSS unicode-range entries.
declare module "virtual:label-font" {
  const labelFont: { url: string; unicodeRange: string[] };
  export default labelFont;
}
