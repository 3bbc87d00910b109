// Walks the document's lines and tables in order, the way the department lays
// out a plan: header, "KẾ HOẠCH" and title, legal basis and introduction,
// sections I–III with their numbered parts, phase headings ("2.1. …") each
// followed by its activity table, "Trên đây là …", "Nơi nhận:", the signer,
// and an appendix after it ("PHỤ LỤC …", "(Kèm theo Kế hoạch số …)") whose
// table holds the activities. Sections the plan has no field for (Tổ chức thực
// hiện, Kinh phí, any other) are kept as written; a phase heading is known by
// its shape (a numbered heading with a date window followed by a table), not
// by its words.
import { hasBullet, isUpperLine, stripBullet, unquote } from "./clean";
import { endsTitle, isAuthorityLine, isSignerTitle, readDateLine, readNumberLine, readTitleMarker, writtenNumberOf } from "./header";
import { isRomanHeading, isUnlabelledHeading, romanHeadingLabel, romanHeadingText, sectionKind, sectionPart, subHeading, type Part } from "./headings";
import type { Item } from "./stream";
import { isPhaseHeading, looksLikePhaseHeading } from "./windows";
import type { Cell, ImportProblem, ParsedAppendix, ParsedSection } from "./types";

type Mode = "header" | "title" | "preamble" | Part | "kept" | "closing" | "recipients" | "signer" | "appendix";

export type PhaseDraft = { code: string; heading: string; rows: Cell[][] | null; inAppendix?: boolean };

export type SectionsDraft = {
  number: number | null;
  symbol: string;
  place: string;
  issueDate: string | null;
  dateYear: number | null;
  hasTitle: boolean;
  titleLines: string[];
  preamble: string[];
  purposes: string[];
  requirements: string[];
  theme: string;
  slogans: string[];
  contentItems: string[];
  closing: string[];
  recipients: string[];
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  numberText: string;
  phases: PhaseDraft[];
  /** Sections kept as written, in order; lines that fit nowhere are kept in one at the end. */
  sections: ParsedSection[];
  leftovers: string[];
  appendix: ParsedAppendix | null;
  /** The sections in the document's order, as written (./outline.ts makes the plan's outline of them). */
  order: OrderedSection[];
  /** Where the first activity table of the body stood: in the section order[at], under a sub-heading as written. */
  tableAt: { at: number; label: string; heading: string } | null;
};

/** A section as written: a part the plan has a field for, or the kept section sections[kept]. */
export type OrderedSection = { label: string; heading: string; part: Part | null; kept: number | null };

function emptyDraft(): SectionsDraft {
  return {
    number: null,
    symbol: "",
    place: "",
    issueDate: null,
    dateYear: null,
    hasTitle: false,
    titleLines: [],
    preamble: [],
    purposes: [],
    requirements: [],
    theme: "",
    slogans: [],
    contentItems: [],
    closing: [],
    recipients: [],
    signerAuthority: "",
    signerTitle: "",
    signerName: "",
    numberText: "",
    phases: [],
    sections: [],
    leftovers: [],
    appendix: null,
    order: [],
    tableAt: null,
  };
}

const BRACKETED_WINDOW = /\([^()]*\d{1,2}\s*\/\s*\d{1,2}[^()]*\)\s*$/;

/** "2. Các mốc tổ chức:": a numbered caption of a few words ending in a colon, introducing the table under it. */
const TABLE_CAPTION = /^(\d+|[a-zđ])[.)]\s*([^.:;]{3,80}):$/u;

/** "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục: DANH MỤC …": the appendix after the signature. */
const APPENDIX = /^(PHỤ LỤC|Phụ lục)(?![\p{L}])/u;

/** The line read last, and how to take it back when a table shows that it was the table's heading. */
type LastLine = { text: string; takeBack: () => void };

export function readSections(items: Item[], problems: ImportProblem[]): SectionsDraft {
  const draft = emptyDraft();
  let mode: Mode = "header";
  let pending: string | null = null; // a line in "phases" that may head the next table
  let last: LastLine | null = null;
  const warn = (message: string) => problems.push({ severity: "warning", message });
  const skipPending = () => {
    if (pending) {
      warn(`Đoạn “${pending.slice(0, 80)}” không thuộc mục nào; được giữ lại ở cuối kế hoạch.`);
      draft.leftovers.push(pending);
    }
    pending = null;
  };
  const kept = () => draft.sections.at(-1);

  const signer = (line: string) => {
    mode = "signer";
    if (/^\(.*\)$/.test(line)) return;
    if (isAuthorityLine(line)) draft.signerAuthority = line;
    else if (!draft.signerTitle && (isUpperLine(line) || isSignerTitle(line))) draft.signerTitle = line;
    else if (!draft.signerName) draft.signerName = line;
  };

  /** Stores a line where the mode says, and remembers how to take it back. */
  const store = (list: string[], value: string, line: string) => {
    list.push(value);
    last = { text: line, takeBack: () => void (list.at(-1) === value && list.pop()) };
  };

  const inMode = (line: string) => {
    switch (mode) {
      case "preamble": return void draft.preamble.push(line);
      case "purposes": return store(draft.purposes, stripBullet(line), line);
      case "requirements": return store(draft.requirements, stripBullet(line), line);
      case "contents": return store(draft.contentItems, stripBullet(line), line);
      case "kept": return store(kept()!.paragraphs, line, line);
      case "slogans": return void draft.slogans.push(unquote(stripBullet(line)));
      case "theme":
        if (!draft.theme) draft.theme = unquote(stripBullet(line));
        else store(draft.leftovers, line, line);
        return;
      case "phases":
        skipPending();
        pending = line;
        return;
      case "closing":
        if (isUpperLine(line) || isSignerTitle(line)) return signer(line);
        return void draft.closing.push(line);
      case "recipients":
        if (!hasBullet(line) && (isUpperLine(line) || isSignerTitle(line))) return signer(line);
        return void draft.recipients.push(stripBullet(line));
      case "signer": return signer(line);
      case "appendix":
        if (!draft.appendix!.reference && /^\(\s*kèm theo/iu.test(line)) draft.appendix!.reference = line;
        else if (!draft.appendix!.reference && !draft.phases.some((phase) => phase.inAppendix)) draft.appendix!.title += ` ${line}`;
        else store(draft.leftovers, line, line);
        return;
      default: return;
    }
  };

  let phasesHeading: { label: string; heading: string } | null = null;
  const noteTable = () => {
    if (!draft.tableAt && draft.order.length) draft.tableAt = { at: draft.order.length - 1, ...(phasesHeading ?? { label: "", heading: "" }) };
  };
  const startSection = (label: string, heading: string) => {
    skipPending();
    const next = sectionPart(heading);
    phasesHeading = null;
    if (next) mode = next;
    else {
      draft.sections.push({ label, heading, kind: sectionKind(heading), paragraphs: [] });
      mode = "kept";
    }
    draft.order.push({ label, heading, part: next, kept: next ? null : draft.sections.length - 1 });
  };

  const onLine = (line: string) => {
    last = null;
    if (mode === "header") {
      const number = readNumberLine(line);
      if (number) return void Object.assign(draft, number, { numberText: writtenNumberOf(line) });
      const date = readDateLine(line);
      if (date) return void Object.assign(draft, { place: date.place, issueDate: date.issueDate, dateYear: date.year });
      const marker = readTitleMarker(line);
      if (marker) {
        draft.hasTitle = true;
        mode = "title";
        if (marker.rest) draft.titleLines.push(marker.rest);
        return;
      }
      if (!isRomanHeading(line)) return;
    }
    // "DỰ THẢO" stamped on a draft is no part of the text.
    if ((mode === "title" || mode === "preamble") && /^(DỰ THẢO|Dự thảo)(\s+\d+)?$/u.test(line)) return;
    if (mode === "title") {
      // The first line under "KẾ HOẠCH" is the title, even when it starts like a legal basis ("Thực hiện Chương trình …").
      if (!draft.titleLines.length && !isRomanHeading(line)) return void draft.titleLines.push(line);
      if (!endsTitle(line) && !(draft.titleLines.length && isUnlabelledHeading(line)) && draft.titleLines.length < 4) return void draft.titleLines.push(line);
      mode = "preamble";
    }
    if ((mode === "closing" || mode === "recipients" || mode === "signer") && APPENDIX.test(line)) {
      mode = "appendix";
      draft.appendix = { title: line, reference: "" };
      return;
    }
    if (mode === "appendix") return inMode(line);
    if (/^nơi nhận\s*:?/iu.test(line)) {
      skipPending();
      mode = "recipients";
      const inline = line.replace(/^nơi nhận\s*:?\s*/iu, "");
      if (inline) draft.recipients.push(stripBullet(inline));
      return;
    }
    if (/^trên đây/iu.test(line)) {
      skipPending();
      mode = "closing";
      return void draft.closing.push(line);
    }
    if (mode === "recipients" || mode === "signer" || mode === "closing") return inMode(line);
    if (isRomanHeading(line)) return startSection(romanHeadingLabel(line), romanHeadingText(line));
    // Word's automatic "I." does not come through a DOCX: a heading in capitals alone is a section.
    if (isUnlabelledHeading(line)) return startSection("", line);
    if ((mode === "contents" || mode === "phases") && isPhaseHeading(line)) {
      skipPending();
      draft.phases.push({ code: line.split(/\.?\s/)[0]!, heading: line, rows: null });
      noteTable();
      mode = "phases";
      return;
    }
    // "1. Các hoạt động hưởng ứng (từ ngày 21/4 đến ngày 14/5/2023)": read where it stands; a table right
    // after it makes it the table's phase heading (onTable takes it back).
    const heading = mode === "kept" || mode === "preamble" || looksLikePhaseHeading(line) ? null : subHeading(line, mode === "contents");
    if (heading) {
      skipPending();
      if (heading.part === "phases" && !draft.tableAt) phasesHeading = writtenSubHeading(line);
      mode = heading.part;
      if (heading.inline) inMode(heading.inline);
      return;
    }
    if (isAuthorityLine(line) && mode !== "preamble") return signer(line);
    if (mode === "phases" && looksLikePhaseHeading(line)) {
      skipPending();
      pending = line;
      return;
    }
    inMode(line);
  };

  const onTable = (rows: Cell[][]) => {
    const open = mode === "phases" ? draft.phases.at(-1) : undefined;
    const inAppendix = mode === "appendix";
    const lastLine: LastLine | null = last;
    if (!inAppendix) noteTable();
    if (open && !open.rows) {
      skipPending();
      open.rows = rows;
    } else if (pending) {
      // A heading without its number ("2.1." lost to Word's list numbering).
      draft.phases.push({ code: String(draft.phases.length + 1), heading: pending, rows });
      pending = null;
    } else if (lastLine && !inAppendix && (looksLikePhaseHeading(lastLine.text) || BRACKETED_WINDOW.test(lastLine.text))) {
      // "… (từ ngày 03-14/5/2022)" read as a paragraph: it heads this table.
      lastLine.takeBack();
      draft.phases.push({ code: String(draft.phases.length + 1), heading: lastLine.text, rows });
    } else if (lastLine && !inAppendix && !open?.rows && TABLE_CAPTION.test(lastLine.text)) {
      // "2. Các mốc tổ chức:" right above the table, no window: the table's own heading, with its number.
      lastLine.takeBack();
      const caption = TABLE_CAPTION.exec(lastLine.text)!;
      draft.phases.push({ code: caption[1]!, heading: `${caption[1]}. ${caption[2]!.trim()}`, rows });
    } else if (open?.rows) {
      open.rows.push(...rows);
    } else {
      if (!inAppendix) warn("Bảng hoạt động không có tiêu đề giai đoạn; các hoạt động được xếp vào một giai đoạn chung.");
      draft.phases.push({ code: String(draft.phases.length + 1), heading: "", rows, inAppendix });
    }
    last = null;
    if (!inAppendix && mode !== "kept") mode = "phases";
  };

  for (const item of items) {
    if (item.kind === "line") onLine(item.text);
    else onTable(item.rows);
  }
  skipPending();
  return draft;
}

/** "2. Hình thức và phân công tổ chức thực hiện:" → its label and heading as written. */
function writtenSubHeading(line: string): { label: string; heading: string } {
  const numbered = /^(\d+|[a-zđ])[.)]\s*/u.exec(line);
  const text = (numbered ? line.slice(numbered[0].length) : line).replace(/:.*$/u, "").trim();
  return { label: numbered?.[1] ?? "", heading: text };
}
