/** How cells read on screen in en-GB, by number format. */
import { formatForDisplay } from "./display";

describe("formatForDisplay shows cells as Excel would, in en-GB", () => {
  it.each([
    [0.869, "0.0%", "86.9%"],
    [0.869, "0.00%", "86.90%"],
    [0.87, "0%", "87%"],
    [3382, "#,##0", "3,382"],
    [13000, "#,##0", "13,000"],
    [8.3, "0.0", "8.3"],
    [1807449, "£#,##0", "£1,807,449"],
    [45536, "dd/mm/yyyy", "01/09/2024"],
    [45536, "d mmmm yyyy", "1 September 2024"],
    [0.1 + 0.2, "General", "0.3"],
    [4238, "General", "4238"],
  ])("%p as %p → %p", (value, format, expected) => {
    expect(formatForDisplay(value, format)).toBe(expected);
  });

  it("shows text, booleans and blanks as they are", () => {
    expect(formatForDisplay("<530", "0%")).toBe("<530");
    expect(formatForDisplay(true)).toBe("TRUE");
    expect(formatForDisplay(null)).toBe("");
  });
});
