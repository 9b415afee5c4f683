/**
 * The 1900 and 1904 date systems (Microsoft, "Date systems in Excel"): "July 5, 2011 ... has the serial number 40729
 * in the 1900 date system and 39267 in the 1904 date system", 1,462 apart. Which cells are dates is read from their
 * number formats, as Excel itself shows them.
 */
import { DATE_1904_OFFSET, dateSystemOf, datesToEngine, datesToWorkbook, engineSerial, isDateFormat, workbookSerial } from "./dateSystem";
import { serialOf } from "./serial";

// Microsoft's example day, in each system.
const JULY_5_2011 = { in1900: 40729, in1904: 39267 };

describe("a serial moved between the date systems", () => {
  it("Microsoft's example: 5 July 2011 is 40729 in the 1900 system and 39267 in the 1904 one", () => {
    expect(serialOf(2011, 7, 5)).toBe(JULY_5_2011.in1900);
    expect(engineSerial(JULY_5_2011.in1904, 1904)).toBe(JULY_5_2011.in1900);
    expect(workbookSerial(JULY_5_2011.in1900, 1904)).toBe(JULY_5_2011.in1904);
    // 40729 − 39267 = 1462: 1900 (366 days in Excel's count) + 1901–1903 (3 × 365) + 1, as 1 January 1904 is 0.
    expect(DATE_1904_OFFSET).toBe(40729 - 39267);
  });

  it("leaves a 1900-system serial as it is, both ways", () => {
    expect(engineSerial(JULY_5_2011.in1900, 1900)).toBe(JULY_5_2011.in1900);
    expect(workbookSerial(JULY_5_2011.in1900, 1900)).toBe(JULY_5_2011.in1900);
  });

  it("reads the system from Excel's own DATE(1904,1,1): 0 in a 1904 workbook, 1462 in a 1900 one", () => {
    expect(dateSystemOf(0)).toBe(1904);
    expect(dateSystemOf(1462)).toBe(1900);
    // Anything else (an error the call gave back, nothing at all) keeps Windows Excel's default.
    expect(dateSystemOf("#VALUE!")).toBe(1900);
    expect(dateSystemOf(undefined)).toBe(1900);
  });
});

describe("which number formats show a date", () => {
  it.each([
    ["dd/mm/yyyy"], // the en-GB short date
    ["d mmmm yyyy"], // "1 September 2026"
    ["d-mmm-yy"], // Excel's built-in 15
    ["mmm-yy"], // built-in 17, "Sep-26"
    ["yyyy-mm-dd"], // ISO
    ["dddd"], // the weekday's name
    ["DD/MM/YYYY"], // codes are not case sensitive
    ["[$-809]dd/mm/yyyy"], // en-GB's locale tag, as Excel writes a custom UK date: the tag's digits are no placeholder
    ["[$-F800]dddd, mmmm dd, yyyy"], // the system long date
    ["d/m"], // "1/9": a day code before a separator, with no other code after it
    ["(d/m)"], // brackets show as themselves in a format: a code after one is still a code
    ['"Week "d/m'],
    ['mmm yyyy" (2024 baseline)"'], // a quoted literal's digits are no placeholder
    ["\\W\\k\\ d/m"], // the same, as Excel often stores a literal: each character escaped
    ["dd\\/mm\\/yyyy;@"], // Excel's own escaped separators: each literal still parts the codes
    ["d\\-mmm\\-yy"],
    ['d" "mmmm" "yyyy'],
    ["mm/yyyy"], // month and year: mm alone could be minutes, the year says it is a date
    ["mmmmm"], // the month's first letter
    ["dd/mm/yyyy hh:mm:ss.000"], // the 0s of fractional seconds are no digit placeholder
  ])("%p is a date format", (format) => expect(isDateFormat(format)).toBe(true));

  it.each([
    [null],
    [undefined],
    [""],
    ["General"],
    ["0.0%"],
    ["#,##0"],
    ["£#,##0.00;[Red]-£#,##0.00"],
    ["h:mm"], // a time: mm after h is minutes, and two m's are never a month name
    ["mm:ss"],
    ['#" d"'], // a count with a quoted "d" after it is a number, not a day
    ['#,##"yy"'],
    ["#,##0 dd"], // a digit placeholder: a number, whatever letters follow
    ["# \\d\\a\\y\\s"], // "12 days": # is a digit placeholder too, and escaped letters are literals
    ["?/?"], // a fraction
    ["h:mm AM/PM"], // a time: the M of AM/PM is no month
    ["m:ss"], // a lone m before seconds (or after hours) is minutes, as Excel reads it: a duration, not a date
    ["h:m"],
    ["\\d\\u\\e"], // escaped letters only: no code at all
  ])("%p is not", (format) => expect(isDateFormat(format)).toBe(false));
});

describe("a 1904 workbook's cells moved to the engine and back", () => {
  const values = [
    ["Start", JULY_5_2011.in1904, 42],
    [null, JULY_5_2011.in1904 + 1, "text"],
  ];
  const formats = [
    ["General", "dd/mm/yyyy", "0"],
    ["General", "d mmmm yyyy", "dd/mm/yyyy"],
  ];

  it("moves each number with a date format by 1,462, and nothing else", () => {
    expect(datesToEngine(values, formats, 1904)).toEqual([
      ["Start", JULY_5_2011.in1900, 42],
      [null, JULY_5_2011.in1900 + 1, "text"], // text in a date-formatted cell is left for the date reader
    ]);
    // The workbook's own grid is not changed.
    expect(values[0][1]).toBe(JULY_5_2011.in1904);
  });

  it("a cell with no format known (a shorter formats grid) is not a date", () => {
    expect(datesToEngine([[JULY_5_2011.in1904, 7]], [["dd/mm/yyyy"]], 1904)).toEqual([[JULY_5_2011.in1900, 7]]);
    expect(datesToEngine([[7], [JULY_5_2011.in1904]], [["0"]], 1904)).toEqual([[7], [JULY_5_2011.in1904]]);
  });

  it("gives the same grid back when nothing is to move: a 1900 workbook, or no date cell", () => {
    expect(datesToEngine(values, formats, 1900)).toBe(values);
    const noDates = [[1, 2]];
    expect(datesToEngine(noDates, [["0", "0.0%"]], 1904)).toBe(noDates);
  });

  it("writes each date the engine plans back in the 1904 system, and only dates", () => {
    const changes = [
      { kind: "value", value: JULY_5_2011.in1900, numberFormat: "dd/mm/yyyy" },
      { kind: "value", value: 42, numberFormat: "0" },
      { kind: "value", value: "5 July 2011", numberFormat: "dd/mm/yyyy" },
      { kind: "value", value: JULY_5_2011.in1900 },
      { kind: "format", value: JULY_5_2011.in1900, numberFormat: "dd/mm/yyyy" },
    ];
    expect(datesToWorkbook(changes, 1904)).toEqual([
      { kind: "value", value: JULY_5_2011.in1904, numberFormat: "dd/mm/yyyy" },
      changes[1],
      changes[2],
      changes[3],
      changes[4],
    ]);
    expect(changes[0].value).toBe(JULY_5_2011.in1900);
    expect(datesToWorkbook(changes, 1900)).toBe(changes);
  });
});
