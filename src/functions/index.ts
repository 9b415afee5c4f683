/* The functions bundle: every module whose JSDoc declares @customfunction. The webpack plugin reads the same list
   (webpack.config.js FUNCTION_FILES) and appends each module's CustomFunctions.associate calls. */
import "./rates";
import "./scorecard";
import "./dates";
import "./funding";
