/**
 * Finds the conditional formats an undo takes away: the add-in's own begins-with text rules, matched by text and
 * colours among the formats on each rule's range. Two reads (the formats' types, then the text rules' details,
 * which only a text format has), made before anything is written; the caller deletes what comes back.
 */
import { sameColour, type TextFillRule } from "../../engine/sheet/workbook";

export async function fillsToRemove(context: Excel.RequestContext, fills: readonly TextFillRule[]): Promise<Excel.ConditionalFormat[]> {
  if (fills.length === 0) return [];
  const collections = fills.map((fill) => {
    const r = fill.range;
    const formats = context.workbook.worksheets.getItem(r.sheet).getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1).conditionalFormats;
    formats.load("items/type");
    return { fill, formats };
  });
  await context.sync();
  const candidates = collections.map(({ fill, formats }) => ({
    fill,
    texts: formats.items.filter((format) => format.type === "ContainsText").map((format) => {
      format.textComparison.load("rule,format/fill/color,format/font/color");
      return format;
    }),
  }));
  await context.sync();
  const chosen = new Set<Excel.ConditionalFormat>();
  for (const { fill, texts } of candidates) {
    const match = texts.find(
      (format) =>
        !chosen.has(format) &&
        format.textComparison.rule.operator === "BeginsWith" &&
        format.textComparison.rule.text === fill.text &&
        sameColour(format.textComparison.format.fill.color, fill.fill) &&
        sameColour(format.textComparison.format.font.color, fill.fontColor),
    );
    if (match) chosen.add(match);
  }
  return [...chosen];
}
