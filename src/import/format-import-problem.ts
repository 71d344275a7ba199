// Turns import messages (code + values) into the sentence a user reads, in Chinese or English:
// "row 8: latitude 'abc' is not a number", "第 8 行：纬度“abc”不是数字".
import { fieldName, fileTemplate, type Language, problemTemplate } from "./import-messages";
import type { ImportMessage, ImportProblem, MessageValues, ProblemPlace } from "./import-types";

export function formatImportMessage(message: ImportMessage, language: Language): string {
  return fill(fileTemplate(message.code, language), message.values, language);
}

export function formatImportProblem(problem: ImportProblem, language: Language): string {
  const text = fill(problemTemplate(problem.code, language), problem.values, language);
  return language === "zh"
    ? `${formatPlace(problem.where, language)}：${text}`
    : `${formatPlace(problem.where, language)}: ${text}`;
}

export function formatPlace(place: ProblemPlace, language: Language): string {
  const name = place.name ? (language === "zh" ? `（${place.name}）` : ` (${place.name})`) : "";
  if (language === "zh")
    return place.kind === "row" ? `第 ${place.number} 行` : `第 ${place.number} 个要素${name}`;
  return place.kind === "row" ? `row ${place.number}` : `feature ${place.number}${name}`;
}

function fill(template: string, values: MessageValues, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return key === "field" ? fieldName(String(value), language) : String(value);
  });
}
