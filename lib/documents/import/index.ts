// Import of existing plan documents (pasted text or DOCX) into a plan snapshot.
export { blocksFromText } from "./blocks";
export { blocksFromDocx } from "./docx";
export { ImportError, isImportError, type ImportErrorReason } from "./errors";
export { parsePlan } from "./parse";
export { toSnapshot } from "./snapshot";
export { matchUnit } from "./units";
export { parseWindow } from "./windows";
export type * from "./types";
