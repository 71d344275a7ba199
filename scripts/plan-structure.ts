// Cuts the plan text into the blocks of data/plan/plan.json by the plan's own marks, never by judgement,
// so a rebuild from the same text gives the same file (data/plan/README.md states the rule for people).
//
// The text has no numbered headings. It marks its structure in two ways:
// - each line is a paragraph (the title line, then indented paragraphs separated by a blank line);
// - a heading is written as a short sentence of its own, without any clause punctuation, at the start of
//   a paragraph ("聚焦精准服务稳企业。", "全力补齐发展短板。"). In the four battle paragraphs, which open
//   with "…聚力打好“枢纽嘉兴”建设大会战。", the sub-headings follow one another inside the one paragraph
//   ("…。打好航空枢纽建设攻坚战。加快推进…"), so there every such sentence is a sub-heading. A heading is
//   a whole sentence: one that follows a "；" ("…90亿元以上;确保全市交通领域完成投资170亿元。") is not.
import { BATTLES, type Battle, type PlanBlock, type PlanSentence } from "../src/data/plan-schema";

// Both forms: the plan writes ";" and "," in ASCII in places.
const SENTENCE_END = /[。；！？;!?]/;
// Closing marks that belong to the sentence they close.
const CLOSING = /[”’」』）)》]/;
// A sentence with any of these is a clause of prose, not a heading; quotation marks are allowed
// (“着力深化“最多跑一次”改革。” is a heading).
const CLAUSE_PUNCTUATION = /[,，、;；:：]/;
const BATTLE_HEADING = new RegExp(`聚力打好“(${BATTLES.join("|")})”建设大会战。$`);

interface Piece {
  text: string;
  offset: number;
}

/** The blocks of the plan, in order; see the file comment for the rule. */
export function buildPlanBlocks(planText: string): PlanBlock[] {
  const blocks: PlanBlock[] = [];
  paragraphs(planText).forEach((paragraph, paragraphIndex) => {
    if (paragraphIndex === 0) {
      blocks.push(block(blocks.length, "heading", 1, paragraph, paragraphIndex));
      return;
    }
    const sentences = splitSentences(paragraph.text).map(({ start, end }) => ({
      text: paragraph.text.slice(start, end),
      offset: paragraph.offset + start,
    }));
    const battle = sentences[0]?.text.match(BATTLE_HEADING)?.[1] as Battle | undefined;
    let level = 0;
    let prose: Piece[] = [];
    const flushProse = () => {
      if (prose.length === 0) return;
      blocks.push(block(blocks.length, "paragraph", level, join(prose), paragraphIndex, battle));
      prose = [];
    };
    sentences.forEach((sentence, index) => {
      const headingLevel =
        index === 0 && battle !== undefined
          ? 2
          : (index === 0 || (battle !== undefined && followsFullStop(sentences, index))) &&
              isHeadingLike(sentence.text)
            ? 3
            : undefined;
      if (headingLevel === undefined) {
        prose.push(sentence);
        return;
      }
      flushProse();
      level = headingLevel;
      blocks.push(block(blocks.length, "heading", headingLevel, sentence, paragraphIndex, battle));
    });
    flushProse();
  });
  return blocks;
}

/** Sentence ranges of a text, each ending after its closing punctuation (and any closing quote). */
export function splitSentences(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (!SENTENCE_END.test(text[index] as string)) continue;
    let end = index + 1;
    while (end < text.length && CLOSING.test(text[end] as string)) end += 1;
    ranges.push({ start, end });
    start = end;
    index = end - 1;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

function followsFullStop(sentences: readonly Piece[], index: number): boolean {
  return sentences[index - 1]?.text.endsWith("。") ?? true;
}

function isHeadingLike(sentence: string): boolean {
  return sentence.endsWith("。") && !CLAUSE_PUNCTUATION.test(sentence);
}

/** Each non-blank line without its indentation and line end, with where that text starts. */
function paragraphs(planText: string): Piece[] {
  const pieces: Piece[] = [];
  let lineStart = 0;
  for (const line of planText.split("\n")) {
    const text = line.trim();
    if (text !== "") pieces.push({ text, offset: lineStart + line.indexOf(text) });
    lineStart += line.length + 1;
  }
  return pieces;
}

function join(pieces: Piece[]): Piece {
  return { text: pieces.map((piece) => piece.text).join(""), offset: (pieces[0] as Piece).offset };
}

function block(
  index: number,
  kind: PlanBlock["kind"],
  level: number,
  piece: Piece,
  paragraph: number,
  battle?: Battle,
): PlanBlock {
  const id = `b${index}`;
  const sentences: PlanSentence[] = splitSentences(piece.text).map((range, sentenceIndex) => ({
    id: `${id}-s${sentenceIndex}`,
    ...range,
  }));
  return {
    id,
    kind,
    level,
    text: piece.text,
    sentences,
    paragraph,
    offset: piece.offset,
    ...(battle === undefined ? {} : { battle }),
  };
}

/** plan.json as committed: one block per line, so a change to the plan shows as a change to its blocks. */
export function formatPlanJson(blocks: readonly PlanBlock[]): string {
  return `[\n${blocks.map((item) => `  ${JSON.stringify(item)}`).join(",\n")}\n]\n`;
}
