// Writes data/plan/plan.json from the shipped plan text (data/plan/jiaxing-2020-plan.zh.txt): the plan cut
// into headings and paragraphs by scripts/plan-structure.ts. Run again whenever the plan text changes; a
// unit test fails while the committed file differs from a fresh build.
import { readFileSync, writeFileSync } from "node:fs";
import { PLAN_JSON_PATH, SHIPPED_PLAN_PATH } from "./plan-paths";
import { buildPlanBlocks, formatPlanJson } from "./plan-structure";

function main(): void {
  const blocks = buildPlanBlocks(readFileSync(SHIPPED_PLAN_PATH, "utf8"));
  const json = formatPlanJson(blocks);
  writeFileSync(PLAN_JSON_PATH, json);
  const headings = blocks.filter((block) => block.kind === "heading").length;
  console.log(
    `wrote data/plan/plan.json: ${blocks.length} blocks (${headings} headings), ${Buffer.byteLength(json)} bytes`,
  );
}

main();
