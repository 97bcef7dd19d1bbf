/** The git-style markers a rebase writes around lines both sides changed (merge-text.ts). */
export const CONFLICT_START = "<<<<<<< your draft";
export const CONFLICT_SPLIT = "=======";
export const CONFLICT_END = ">>>>>>> deployed";

/**
 * Whether a text still holds a conflict the merge marked (a line that starts its block). Apart
 * from the merge, so a deploy can check without loading diff3.
 */
export const hasConflictMarkers = (text: string) =>
  text.startsWith(CONFLICT_START) || text.includes(`\n${CONFLICT_START}`);
