// Matching a unit name as a document writes it ("Phòng QLKH", "Đài PT&TH
// tỉnh", "Chi cục TĐC.") to a unit of the organisation. Names are compared as
// folded word lists; abbreviations are expanded from a small table or from the
// initials of the unit's own words ("QLKH" = Quản lý khoa học).
import { foldVietnamese } from "@/lib/text";
import type { UnitCandidate, UnitMatchCandidate, UnitMention } from "./types";
import { stripBullet, trimPunctuation } from "./clean";

/** Abbreviations that are not simply the initials of the words they stand for. */
const ABBREVIATIONS: Record<string, string[]> = {
  ubnd: ["uy", "ban", "nhan", "dan"],
  hdnd: ["hoi", "dong", "nhan", "dan"],
  vp: ["van", "phong"],
  kh: ["khoa", "hoc"],
  cn: ["cong", "nghe"],
  khcn: ["khoa", "hoc", "va", "cong", "nghe"],
  tdc: ["tieu", "chuan", "do", "luong", "chat", "luong"],
  ptth: ["phat", "thanh", "va", "truyen", "hinh"],
};

/** Fuzzy matches below this are not taken; exact ones score 1. */
export const MATCH_THRESHOLD = 0.8;
const AMBIGUITY_MARGIN = 0.05;
const CANDIDATE_FLOOR = 0.4;

type Word = { folded: string; abbreviation: boolean; raw: string };

function words(text: string): Word[] {
  return text
    .normalize("NFC")
    .replace(/&/g, " và ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => ({ raw: word, folded: foldVietnamese(word), abbreviation: word.length >= 2 && word === word.toLocaleUpperCase("vi") && /\p{L}/u.test(word) }));
}

const expandTable = (list: Word[]) => list.flatMap((word) => (word.abbreviation && ABBREVIATIONS[word.folded] ? ABBREVIATIONS[word.folded]! : [word.folded]));

/** "qlkh" against "phong quan ly khoa hoc" → "quan ly khoa hoc". */
function byInitials(abbreviation: string, target: string[]): string[] | null {
  const n = abbreviation.length;
  for (let i = 0; i + n <= target.length; i++) {
    const run = target.slice(i, i + n);
    if (run.map((word) => word.charAt(0)).join("") === abbreviation) return run;
  }
  return null;
}

function expandAgainst(mention: Word[], target: string[]): string[] {
  const known = new Set(target);
  return mention.flatMap((word) => {
    if (!word.abbreviation || known.has(word.folded)) return [word.folded];
    return byInitials(word.folded, target) ?? ABBREVIATIONS[word.folded] ?? [word.folded];
  });
}

/** 1 for the same words; else the mean of Dice and the share of the mention's words found. */
function similarity(mention: Word[], targetText: string): number {
  const target = expandTable(words(targetText));
  const expanded = expandAgainst(mention, target);
  if (expanded.join(" ") === target.join(" ")) return 1;
  const a = new Set(expanded);
  const b = new Set(target);
  if (!a.size || !b.size) return 0;
  const common = [...a].filter((word) => b.has(word)).length;
  const dice = (2 * common) / (a.size + b.size);
  const precision = common / a.size;
  return Math.min(0.99, (dice + precision) / 2);
}

/** Strips what running text adds around a unit name: "- ", "(chủ trì)", a final "." or ";". */
export function unitText(text: string): string {
  return trimPunctuation(stripBullet(text.trim()));
}

export type UnitMatch = { unitId: string | null; score: number; candidates: UnitMatchCandidate[]; why?: string };

/** Words every unit name has, which tell no unit from another. */
const GENERIC = new Set(["cac", "va", "cua", "tren", "thuoc", "truc", "tinh", "so", "phong", "ban", "trung", "tam", "don", "vi", "co", "quan", "dia", "the", "cap"]);

const distinctive = (list: string[]) => new Set(list.filter((word) => !GENERIC.has(word)));

/**
 * Why a match is sure enough to be taken without asking: the same name (after abbreviations are expanded), or
 * every distinctive word of the name in the unit's and nearly all of the unit's in the name. Null: not sure
 * ("Các doanh nghiệp KH&CN trên địa bàn" shares words with a centre but is not it; "Viettel Lạng Sơn" is not Báo Lạng Sơn).
 */
function confidence(mention: Word[], unit: UnitCandidate): string | null {
  const abbreviations = mention.filter((word) => word.abbreviation).map((word) => word.raw);
  for (const targetText of [unit.name, unit.shortName]) {
    const target = expandTable(words(targetText));
    const expanded = expandAgainst(mention, target);
    if (expanded.join(" ") === target.join(" ")) return abbreviations.length ? `viết tắt ${abbreviations.join(", ")}` : "trùng tên";
    const own = distinctive(expanded);
    const theirs = distinctive(target);
    if (own.size < 2 || ![...own].every((word) => theirs.has(word))) continue;
    if (own.size / theirs.size >= 0.75) return "đủ các từ riêng của tên";
  }
  return null;
}

export function matchUnit(text: string, units: UnitCandidate[]): UnitMatch {
  const mention = words(unitText(text));
  if (!mention.length) return { unitId: null, score: 0, candidates: [] };
  // A unit may be listed more than once: under its name, then under former names or the names of units merged into
  // it (aliases, lib/documents/import-service.ts). It scores its best, under its first (current) name.
  const best = new Map<string, { unitId: string; name: string; score: number }>();
  for (const unit of units) {
    const score = Math.max(similarity(mention, unit.name), similarity(mention, unit.shortName));
    const seen = best.get(unit.id);
    if (!seen) best.set(unit.id, { unitId: unit.id, name: unit.name, score });
    else if (score > seen.score) seen.score = score;
  }
  const scored = [...best.values()].filter((candidate) => candidate.score >= CANDIDATE_FLOOR).sort((a, b) => b.score - a.score);
  const [top, second] = scored;
  const candidates = scored.slice(0, 3);
  if (!top || top.score < MATCH_THRESHOLD) return { unitId: null, score: top?.score ?? 0, candidates };
  // Two units that fit (nearly) as well: let the user choose.
  if (second && top.score - second.score < AMBIGUITY_MARGIN) return { unitId: null, score: top.score, candidates };
  // A close score is not enough: the match must be sure (confidence), else the user chooses.
  const named = units.filter((unit) => unit.id === top.unitId);
  const found = named.map((unit, index) => ({ index, why: confidence(mention, unit) })).find((c) => c.why);
  if (!found) return { unitId: null, score: top.score, candidates };
  const why = found.index === 0 ? found.why! : `${found.why}, tên cũ — nay là ${named[0]!.name}`;
  return { unitId: top.unitId, score: top.score, candidates, why };
}

export function mentionOf(text: string, units: UnitCandidate[]): UnitMention {
  const clean = unitText(text);
  const match = matchUnit(clean, units);
  return match.unitId ? { text: clean, unitId: match.unitId, why: match.why } : { text: clean, unitId: null, candidates: match.candidates };
}
