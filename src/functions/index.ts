/* The functions bundle: every module whose JSDoc declares @customfunction. This list is the only one: webpack.config.js
   reads these imports for the metadata plugin, which writes functions.json and appends each module's associate calls. */
import "./rates";
import "./scorecard";
import "./dates";
import "./funding";
