/**
 * Text from input files (file names, dump ids, a bad JSON line, sentences)
 * is printed in messages and terminal tables. A control character in it
 * would act on the terminal instead of being read: ESC starts escape
 * sequences that recolour, move the cursor, retitle the window or hide
 * text; CR and BEL overwrite or beep; bidirectional overrides reorder what
 * is shown. So every such character is shown as an escape (`\x1b`,
 * `\u202e`), which also keeps a message on one line. JSON and CSV output
 * escape by their own rules and do not use this.
 */

// C0 controls, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as a visible escape. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
