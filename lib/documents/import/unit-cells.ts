// Cells that name units: "Báo Lạng Sơn; Đài PT&TH tỉnh", "- Văn phòng Sở -
// Chi cục TĐC. - Trung tâm …", and cells that assign sub-tasks ("- Phòng QLKH
// phối hợp với các phòng chuyên môn … tham mưu văn bản …").
import { hasBullet, startsLower, stripBullet, upperFirst } from "./clean";
import { matchUnit, mentionOf, MATCH_THRESHOLD } from "./units";
import type { UnitCandidate, UnitMention } from "./types";

export type SubTaskDraft = { content: string; lead: UnitMention; supporters: UnitMention[] };

export type UnitCellEntry = { kind: "unit"; mention: UnitMention; marked: boolean } | { kind: "subTask"; subTask: SubTaskDraft };

/** A sub-task's lead must be named plainly: a looser match is more likely a phrase. */
const LEAD_PREFIX_THRESHOLD = 0.85;
const MAX_NAME_WORDS = 14;
const MAX_SEGMENT_ATOMS = 8;

/** "- A - B" on one line: a spaced dash before a capital starts a new item. */
export const INLINE_BULLET = /\s+[-–+•]\s+(?=[\p{Lu}\d“"])/u;

const LEAD_MARK = /\(\s*chủ trì\s*\)/iu;

export function readUnitCell(lines: string[], units: UnitCandidate[]): UnitCellEntry[] {
  // "- A - B": a line that starts as a list goes on as one. Without the leading bullet a spaced dash stays inside
  // the names ("Hội đồng Thi đua – Khen thưởng Sở"); segmentUnits still splits two known units at it.
  const pieces = lines.flatMap((line) => (hasBullet(line) ? stripBullet(line).split(INLINE_BULLET) : [line])).map((piece) => piece.trim()).filter(Boolean);
  const entries: UnitCellEntry[] = [];
  let run: string[] = [];
  const flushRun = () => {
    for (const { mention, marked } of segmentUnits(run, units)) entries.push({ kind: "unit", mention, marked });
    run = [];
  };
  for (const raw of pieces) {
    const piece = raw.replace(LEAD_MARK, " ").replace(/\s+/g, " ").trim();
    const subTask = matchUnit(piece, units).unitId ? null : asSubTask(piece, units);
    if (subTask) {
      flushRun();
      entries.push({ kind: "subTask", subTask });
    } else run.push(raw);
  }
  flushRun();
  return entries;
}

/** Words that start a unit's name: after a comma they start a new name ("Sở Y tế, Sở Văn hóa, Thể thao và Du lịch"). */
export const UNIT_HEAD = /^(Sở|Phòng|Ban|Trung tâm|Chi cục|Cục|Báo|Đài|UBND|Ủy ban|Uỷ ban|Hội|Liên hiệp|Viện|Trường|Bộ|Văn phòng|Công an|Bộ chỉ huy|Tỉnh đoàn|Đoàn)(?![\p{L}])/u;

/** A piece of a list of names; `marked` when "(chủ trì)" follows it. */
type Atom = { text: string; separator: string; hard: boolean; marked: boolean };

/** Pieces between separators; list items, ";", ". " and a comma before a new name split harder than "," " - " " và ". */
function atomsOf(items: string[]): Atom[] {
  return items.flatMap((item, n) => {
    const parts = item.split(LEAD_MARK);
    return parts.flatMap((part, p) => {
      const pieces = part.split(/(\s*;\s*|\s*,\s*|\s+[-–]\s+|\s+và\s+|\.\s+(?=\p{Lu}))/u);
      const atoms: Atom[] = [];
      for (let i = 0; i < pieces.length; i += 2) {
        const separator = pieces[i + 1] ?? "";
        const hard = /[;.]/.test(separator) || UNIT_HEAD.test(pieces[i + 2] ?? "");
        if (pieces[i]!.trim()) atoms.push({ text: pieces[i]!, separator, hard, marked: false });
      }
      const last = atoms.at(-1);
      if (last && p < parts.length - 1) last.marked = true;
      if (last && (p < parts.length - 1 || n < items.length - 1)) Object.assign(last, { separator: " - ", hard: true });
      return atoms;
    });
  });
}

/**
 * Splits a list of names so that the pieces match units best, merging pieces
 * when together they name a unit ("Trung tâm Ứng dụng, phát triển khoa học –
 * Công nghệ …"); names that match nothing stay whole between hard separators.
 */
export function segmentUnits(items: string[], units: UnitCandidate[]): { mention: UnitMention; marked: boolean }[] {
  const list = atomsOf(items);
  const best: { score: number; from: number }[] = [{ score: 0, from: -1 }];
  for (let end = 1; end <= list.length; end++) {
    best[end] = { score: -Infinity, from: -1 };
    for (let start = Math.max(0, end - MAX_SEGMENT_ATOMS); start < end; start++) {
      const slice = list.slice(start, end);
      const hard = slice.slice(0, -1).filter((atom) => atom.hard).length;
      const match = matchUnit(joinAtoms(slice), units);
      const score = best[start]!.score + segmentScore(slice.length, hard, match.unitId ? match.score : null);
      if (score > best[end]!.score) best[end] = { score, from: start };
    }
  }
  const segments: { mention: UnitMention; marked: boolean }[] = [];
  for (let end = list.length; end > 0; end = best[end]!.from) {
    const slice = list.slice(best[end]!.from, end);
    segments.unshift({ mention: mentionOf(joinAtoms(slice), units), marked: slice.some((atom) => atom.marked) });
  }
  return segments.filter((segment) => segment.mention.text);
}

/**
 * A match counts for every piece it covers, so one unit read whole beats the
 * same unit read as two halves; names that match nothing are kept whole,
 * except across ";" or ". ".
 */
function segmentScore(pieces: number, hard: number, match: number | null): number {
  return match === null ? -pieces - 2 * hard - 0.5 : pieces * match - 0.3 * hard;
}

const joinAtoms = (slice: Atom[]) => slice.map((atom, i) => atom.text + (i < slice.length - 1 ? atom.separator : "")).join("");

/** The longest run of words from the start that names a unit well enough. */
function unitPrefix(words: string[], units: UnitCandidate[], threshold: number, minRest: number) {
  let found: { length: number; score: number; unitId: string } | null = null;
  for (let length = 1; length <= Math.min(words.length - minRest, MAX_NAME_WORDS); length++) {
    const match = matchUnit(words.slice(0, length).join(" "), units);
    if (match.unitId && match.score >= threshold && (!found || match.score >= found.score)) found = { length, score: match.score, unitId: match.unitId };
  }
  return found;
}

/**
 * "Văn phòng Sở chủ trì xây dựng kế hoạch …": a unit name followed by a verb
 * phrase. The content drops the unit and a plain "chủ trì"; units after
 * "phối hợp với" are the sub-task's supporters.
 */
function asSubTask(piece: string, units: UnitCandidate[]): SubTaskDraft | null {
  const words = piece.split(" ");
  const prefix = unitPrefix(words, units, LEAD_PREFIX_THRESHOLD, 2);
  if (!prefix || /[,;]$/.test(words[prefix.length - 1]!)) return null;
  const rest = words.slice(prefix.length);
  if (!startsLower(rest[0]!) || /^(và|với|cùng|hoặc)$/iu.test(rest[0]!)) return null;
  const text = rest.join(" ");
  const content = upperFirst(text.replace(/^chủ trì\s+(?!phối hợp)/iu, ""));
  const partners = /phối hợp (?:với|cùng)\s+/iu.exec(text);
  const supporters = partners ? unitsInText(text.slice(partners.index + partners[0].length), units) : [];
  return { content, lead: mentionOf(words.slice(0, prefix.length).join(" "), units), supporters };
}

/** Unit names at the start of running text: "các phòng chuyên môn, các đơn vị tham mưu …". */
export function unitsInText(text: string, units: UnitCandidate[]): UnitMention[] {
  const words = text.split(" ").filter(Boolean);
  const mentions: UnitMention[] = [];
  let at = 0;
  while (at < words.length) {
    const prefix = unitPrefix(words.slice(at), units, MATCH_THRESHOLD, 0);
    if (!prefix) break;
    mentions.push(mentionOf(words.slice(at, at + prefix.length).join(" "), units));
    at += prefix.length;
    const listGoesOn = /,$/.test(words[at - 1]!) || words[at] === "và";
    if (!listGoesOn) break;
    if (words[at] === "và") at++;
  }
  return mentions;
}
