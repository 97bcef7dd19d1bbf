/**
 * Monaco's text metrics, set explicitly (its defaults differ per platform) so the plain-text
 * preview shown while Monaco loads lines up with it: the app's monospace stack, 13 px on 20 px
 * lines, and the gutter Monaco draws for `lineNumbersMinChars: 4` plus the folding column.
 */
export const EDITOR_FONT = {
  family: 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
  size: 13,
  lineHeight: 20,
  gutterWidth: 57,
} as const;
