/** NUMBER: the number in a cell as councils type it ("86.90%" → 0.869, "3,382" → 3382, "<30" → 30). */
import { readNumber } from "./cellNumber";
import { cellParameter, declareFunction } from "./parameters";

export const NUMBER = declareFunction("NUMBER", [cellParameter("value")], readNumber);
