/** The text stage: bytes → text → clean text → sentence spans. */
export { decodeArticleBytes, type DecodeResult } from "./decode.js";
export { prependTitle, splitDateHeader } from "./header.js";
export { cleanText, type CleanWarning } from "./clean.js";
export { splitSentences } from "./sentences.js";
export { repairMojibake, findUnrepairedMojibake, type MojibakeRepair } from "./mojibake.js";
export { findGluedWords } from "./gluedWords.js";
export { abbreviationLexicon, type AbbreviationKind, type AbbreviationLexicon } from "./abbreviations.js";
export { captionSentences, isCaptionLine } from "./captions.js";
