// The module scripts/vite-plugin-search-index.ts serves: the index built from the shipped data.
declare module "virtual:search-index" {
  const index: import("./search-index-types").SearchIndex;
  export default index;
}
