// The layering of src/ (docs/architecture.md, "The layers of src/"), checked by `npm run lint:structure`
// inside `npm test`: each folder may import only the folders listed for it, type-only imports included.
// Tests (*.test.ts) may import anything and are not checked; fixtures and helpers live under tests/.

/** Each room of src/ and the rooms it may import, bottom to top. */
const MAY_IMPORT = {
  geo: [],
  browser: [],
  "image-export": [],
  data: ["geo"],
  i18n: ["data", "geo"],
  filters: ["data", "geo", "i18n"],
  "plan-text": ["data", "geo", "i18n", "filters"],
  analysis: ["data", "geo"],
  search: ["data", "geo", "i18n"],
  import: ["data", "geo", "analysis"],
  layers: ["filters", "data", "geo", "i18n"],
  map: ["geo", "browser", "image-export", "data", "i18n", "filters", "plan-text", "analysis", "search", "import", "layers"],
};
const BELOW_STATE = [...Object.keys(MAY_IMPORT)];
MAY_IMPORT.state = BELOW_STATE;
MAY_IMPORT.ui = [...BELOW_STATE, "state"];

const ROOMS = Object.keys(MAY_IMPORT);
const alternatives = (rooms) => rooms.join("|");

const layerRules = ROOMS.map((room) => ({
  name: `layer-${room}`,
  comment: `src/${room}/ may import only ${MAY_IMPORT[room].length ? MAY_IMPORT[room].join(", ") : "npm packages"} (docs/architecture.md)`,
  severity: "error",
  from: { path: `^src/${room}/`, pathNot: "\\.test\\.tsx?$" },
  to: { path: "^src/", pathNot: `^src/(${alternatives([room, ...MAY_IMPORT[room]])})/` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: "only-map-imports-maplibre",
      comment: "src/map/ is the only importer of maplibre-gl: one wrapper owns every imperative MapLibre call",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/map/", "\\.test\\.tsx?$"] },
      to: { path: ["^maplibre-gl($|/)", "node_modules/maplibre-gl/"] },
    },
    {
      name: "app-only-from-main",
      comment: "App.tsx is wiring: nothing in src/ but main.tsx imports it",
      severity: "error",
      from: { path: "^src/", pathNot: ["^src/main\\.tsx$", "\\.test\\.tsx?$"] },
      to: { path: "^src/App\\.tsx$" },
    },
    {
      name: "no-test-code-in-the-app",
      comment: "test helpers and fixtures live under tests/, never imported by the app",
      severity: "error",
      from: { path: "^src/", pathNot: "\\.test\\.tsx?$" },
      to: { path: "^tests/" },
    },
    {
      name: "no-circular",
      comment: "files that import each other in a loop: split out what both need",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count: a layer that names another's types depends on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "\\.test\\.tsx?$" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".d.ts"] },
  },
};
