import { writeFileSync } from "node:fs";
import { generateWorkbook } from "./test/helpers/xlsxGenerator";
import { scorecardRows } from "./test/helpers/generateScorecard";
writeFileSync("/tmp/h31a-50k.xlsx", generateWorkbook({ sheets: [{ name: "Scorecard", rows: scorecardRows(50000) }] }));
