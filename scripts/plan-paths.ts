// Where the plan's files live in the repository (data/plan/README.md), resolved from this file so the
// scripts and tests find them wherever the repository is checked out.
import { repositoryPath } from "./basemap/paths";

export const SHIPPED_PLAN_PATH = repositoryPath("data/plan/jiaxing-2020-plan.zh.txt");
export const PLAN_JSON_PATH = repositoryPath("data/plan/plan.json");
export const NOT_MAPPED_PATH = repositoryPath("data/plan/not-mapped.json");
