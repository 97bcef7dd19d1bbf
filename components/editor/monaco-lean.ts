/**
 * Monaco as the Code tab uses it, instead of the package's full entry (`monaco-editor`), which
 * also registers ~80 languages, the LSP client and the CSS/HTML language services. What stays is
 * the list in `monaco-editor/editor/editor.main.js` (as `features/<name>/register`) less what a function's code never needs (GPU,
 * inline completions, colour pickers, code lens, iPad keyboard, …): the chunk is what the page
 * waits for, so every module left out is download and evaluation saved before the code shows.
 */
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/features/caretOperations/register";
import "monaco-editor/features/clipboard/register";
import "monaco-editor/features/codeAction/register";
import "monaco-editor/features/codicon/register";
import "monaco-editor/features/comment/register";
import "monaco-editor/features/contextmenu/register";
import "monaco-editor/features/cursorUndo/register";
import "monaco-editor/features/diffEditor/register";
import "monaco-editor/features/dnd/register";
import "monaco-editor/features/documentSymbols/register";
import "monaco-editor/features/find/register";
import "monaco-editor/features/folding/register";
import "monaco-editor/features/fontZoom/register";
import "monaco-editor/features/format/register";
import "monaco-editor/features/gotoError/register";
import "monaco-editor/features/gotoLine/register";
import "monaco-editor/features/gotoSymbol/register";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/indentation/register";
import "monaco-editor/features/inlayHints/register";
import "monaco-editor/features/lineSelection/register";
import "monaco-editor/features/linesOperations/register";
import "monaco-editor/features/links/register";
import "monaco-editor/features/multicursor/register";
import "monaco-editor/features/parameterHints/register";
import "monaco-editor/features/quickCommand/register";
import "monaco-editor/features/quickHelp/register";
import "monaco-editor/features/quickOutline/register";
import "monaco-editor/features/readOnlyMessage/register";
import "monaco-editor/features/referenceSearch/register";
import "monaco-editor/features/rename/register";
import "monaco-editor/features/smartSelect/register";
import "monaco-editor/features/snippet/register";
import "monaco-editor/features/stickyScroll/register";
import "monaco-editor/features/toggleTabFocusMode/register";
import "monaco-editor/features/tokenization/register";
import "monaco-editor/features/unicodeHighlighter/register";
import "monaco-editor/features/unusualLineTerminators/register";
import "monaco-editor/features/wordHighlighter/register";
import "monaco-editor/features/wordOperations/register";
import "monaco-editor/features/wordPartOperations/register";
// What editor.main.js imports besides the features (the exports map hides the CSS file).
import "monaco-editor/editor/browser/coreCommands";
import "monaco-editor/editor/contrib/caretOperations/browser/caretOperations";
import "monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands";
import "monaco-editor/editor/contrib/gotoError/browser/markerSelectionStatus";
import "monaco-editor/editor/contrib/suggest/browser/suggestController";
import "monaco-editor/editor/common/standaloneStrings";
// Services that contributions loaded later by the TypeScript mode (internal/common/workers.js)
// need: Monaco reads the service registry once, when the first editor is made, so a service
// that registers after that is "UNKNOWN" to editors made later (the conflict dialog's diff).
import "monaco-editor/editor/contrib/codelens/browser/codeLensCache";
import "monaco-editor/editor/common/services/treeViewsDndService";
import "../../node_modules/monaco-editor/esm/vs/base/browser/ui/codicons/codicon/codicon-modifiers.css";
// The languages languageOf() names; each registers a tokenizer that loads on first use.
import "monaco-editor/languages/definitions/css/register";
import "monaco-editor/languages/definitions/html/register";
import "monaco-editor/languages/definitions/ini/register";
import "monaco-editor/languages/definitions/javascript/register";
import "monaco-editor/languages/definitions/markdown/register";
import "monaco-editor/languages/definitions/python/register";
import "monaco-editor/languages/definitions/shell/register";
import "monaco-editor/languages/definitions/typescript/register";
import "monaco-editor/languages/definitions/yaml/register";
// Handlers are mostly JavaScript: its tokenizer (small) comes in this chunk, not in a request
// made only once the model exists. The TypeScript mode stays lazy: through its worker manager it
// imports every editor contribution (monaco-editor/internal/common/workers.js), and loading it
// after the model lets the code show first.
import "monaco-editor/languages/definitions/javascript/javascript";

export * as json from "monaco-editor/languages/features/json/register";
export * as typescript from "monaco-editor/languages/features/typescript/register";
export * from "monaco-editor/editor/editor.api";
