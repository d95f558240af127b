// The page script: search as you type, the language choice, and "Explain a log".
import { pageData } from "./dom.ts";
import { setUpExplainPane } from "./explain-pane.ts";
import { setUpLanguage } from "./lang.ts";
import { setUpSearch } from "./search-box.ts";

const page = pageData();
setUpLanguage(page);
setUpSearch(page);
setUpExplainPane(page);
