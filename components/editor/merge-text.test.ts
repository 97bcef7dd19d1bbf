import { describe, expect, it } from "vitest";
import { hasConflictMarkers } from "./conflict-markers";
import { mergeText } from "./merge-text";

describe("mergeText", () => {
  it.each([
    ["only I changed it", "x\nmine\n", "x\n", "x\n", "x\nmine\n", false],
    ["only they changed it", "x\n", "x\n", "x\ntheirs\n", "x\ntheirs\n", false],
    ["we made the same change", "x\ny\n", "x\n", "x\ny\n", "x\ny\n", false],
    [
      "different lines",
      "1\n2m\n3\n4\n5\n",
      "1\n2\n3\n4\n5\n",
      "1\n2\n3\n4\n5t\n",
      "1\n2m\n3\n4\n5t\n",
      false,
    ],
    ["a last line without a line end", "a\nb", "a\n", "z\na\n", "z\na\nb", false],
    [
      "the same line",
      "v = 1;\n",
      "v = 0;\n",
      "v = 2;\n",
      "<<<<<<< your draft\nv = 1;\n=======\nv = 2;\n>>>>>>> deployed\n",
      true,
    ],
    [
      "the same unterminated last line",
      "a\nmine",
      "a\nold",
      "a\ntheirs",
      "a\n<<<<<<< your draft\nmine\n=======\ntheirs\n>>>>>>> deployed\n",
      true,
    ],
    [
      "CRLF line ends",
      "a\r\nm\r\nc\r\n",
      "a\r\nb\r\nc\r\n",
      "t\r\na\r\nb\r\nc\r\n",
      "t\r\na\r\nm\r\nc\r\n",
      false,
    ],
  ])("%s", (_, mine, base, theirs, text, conflict) => {
    expect(mergeText(mine, base, theirs)).toEqual({ text, conflict });
  });

  it("finds the markers it writes, at the start of the text or of a line only", () => {
    const { text } = mergeText("a\nm\n", "a\nb\n", "a\nt\n");
    expect(hasConflictMarkers(text)).toBe(true);
    expect(hasConflictMarkers(mergeText("m\n", "b\n", "t\n").text)).toBe(true);
    expect(hasConflictMarkers('const s = "<<<<<<< your draft";\n')).toBe(false);
  });
});
