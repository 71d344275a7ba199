// `npx tsx scripts/apply-courses.ts`: copies the shared courses of data/courses.geojson into the project
// geometries listed in scripts/courses/course-uses.ts, so projects on one canal or railway share one
// drawn course. Run `npm run data:counties` afterwards: the geometry may have moved.
import { readFileSync, writeFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { repositoryPath } from "./basemap/paths";
import { applyCourseUses, readCourses } from "./courses/apply";
import { COURSE_USES } from "./courses/course-uses";
import { formatGeoJson, layoutOf } from "./format-geojson";
import { defaultProjectFiles } from "./project-files";

const courses = readCourses(
  JSON.parse(readFileSync(repositoryPath("data/courses.geojson"), "utf8")) as FeatureCollection,
);
for (const file of defaultProjectFiles()) {
  const text = readFileSync(file, "utf8");
  const applied = applyCourseUses(JSON.parse(text) as FeatureCollection, courses, COURSE_USES);
  const output = formatGeoJson(applied, layoutOf(text));
  if (output !== text) {
    writeFileSync(file, output);
    console.log(`updated ${file.replace(/^.*\//, "")}`);
  }
}
