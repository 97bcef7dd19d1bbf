import { diff3Merge } from "node-diff3";
import { CONFLICT_END, CONFLICT_SPLIT, CONFLICT_START } from "./conflict-markers";

/** Lines with their line ends, so joining them gives the text back byte for byte. */
const linesOf = (text: string) => (text === "" ? [] : text.split(/(?<=\n)/));

/** A conflict side ends with a line end, so the marker after it starts a line of its own. */
function block(lines: string[]): string {
  const text = lines.join("");
  return text === "" || text.endsWith("\n") ? text : `${text}\n`;
}

export type MergedText = { text: string; conflict: boolean };

/**
 * Three-way merge of one text file, line by line (diff3, as git does): changes made on either
 * side since `base` are combined; where both sides changed the same lines, both versions are
 * kept between git-style markers for the user to resolve.
 */
export function mergeText(mine: string, base: string, theirs: string): MergedText {
  if (mine === base || mine === theirs) return { text: theirs, conflict: false };
  if (theirs === base) return { text: mine, conflict: false };
  let text = "";
  let conflict = false;
  for (const region of diff3Merge(linesOf(mine), linesOf(base), linesOf(theirs))) {
    if (region.ok) text += region.ok.join("");
    else if (region.conflict) {
      conflict = true;
      text += `${CONFLICT_START}\n${block(region.conflict.a)}${CONFLICT_SPLIT}\n${block(region.conflict.b)}${CONFLICT_END}\n`;
    }
  }
  return { text, conflict };
}
