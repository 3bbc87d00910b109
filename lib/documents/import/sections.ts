// Walks the document's lines and tables in order, the way the department lays
// out a plan: header, "KẾ HOẠCH" and title, legal basis and introduction,
// sections I–III with their numbered parts, phase headings ("2.1. …") each
// followed by its activity table, "Trên đây là …", "Nơi nhận:", the signer.
import { hasBullet, isUpperLine, stripBullet, unquote } from "./clean";
import { endsTitle, isAuthorityLine, isSignerTitle, readDateLine, readNumberLine, readTitleMarker } from "./header";
import { isRomanHeading, romanHeadingText, sectionPart, subHeading, type Part } from "./headings";
import type { Item } from "./stream";
import { isPhaseHeading } from "./windows";
import type { Cell, ImportProblem } from "./types";

type Mode = "header" | "title" | "preamble" | Part | "skip" | "closing" | "recipients" | "signer";

export type PhaseDraft = { code: string; heading: string; rows: Cell[][] | null };

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
  phases: PhaseDraft[];
};

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
    phases: [],
  };
}

const BRACKETED_WINDOW = /\([^()]*\d{1,2}\s*\/\s*\d{1,2}[^()]*\)\s*$/;

export function readSections(items: Item[], problems: ImportProblem[]): SectionsDraft {
  const draft = emptyDraft();
  let mode: Mode = "header";
  let pending: string | null = null; // a line in "phases" that may head the next table
  const warn = (message: string) => problems.push({ severity: "warning", message });
  const skipPending = () => {
    if (pending) warn(`Bỏ qua đoạn không nhận ra: “${pending.slice(0, 80)}”.`);
    pending = null;
  };

  const signer = (line: string) => {
    mode = "signer";
    if (/^\(.*\)$/.test(line)) return;
    if (isAuthorityLine(line)) draft.signerAuthority = line;
    else if (!draft.signerTitle && (isUpperLine(line) || isSignerTitle(line))) draft.signerTitle = line;
    else if (!draft.signerName) draft.signerName = line;
  };

  const inMode = (line: string) => {
    switch (mode) {
      case "preamble": return void draft.preamble.push(line);
      case "purposes": return void draft.purposes.push(stripBullet(line));
      case "requirements": return void draft.requirements.push(stripBullet(line));
      case "contents": return void draft.contentItems.push(stripBullet(line));
      case "slogans": return void draft.slogans.push(unquote(stripBullet(line)));
      case "theme":
        if (!draft.theme) draft.theme = unquote(stripBullet(line));
        else warn(`Bỏ qua đoạn sau chủ đề: “${line.slice(0, 80)}”.`);
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
      default: return;
    }
  };

  const onLine = (line: string) => {
    if (mode === "header") {
      const number = readNumberLine(line);
      if (number) return void Object.assign(draft, number);
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
    if (mode === "title") {
      if (!endsTitle(line) && draft.titleLines.length < 4) return void draft.titleLines.push(line);
      mode = "preamble";
    }
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
    if (mode === "recipients" || mode === "signer") return inMode(line);
    if (isRomanHeading(line)) {
      skipPending();
      const next = sectionPart(romanHeadingText(line), draft.phases.length > 0);
      if (!next) warn(`Không nhận ra mục “${line.slice(0, 80)}”; nội dung của mục này được bỏ qua.`);
      mode = next ?? "skip";
      return;
    }
    if ((mode === "contents" || mode === "phases") && isPhaseHeading(line)) {
      skipPending();
      draft.phases.push({ code: line.split(/\.?\s/)[0]!, heading: line, rows: null });
      mode = "phases";
      return;
    }
    const heading = mode === "skip" ? null : subHeading(line, mode === "contents");
    if (heading) {
      skipPending();
      mode = heading.part;
      if (heading.inline) inMode(heading.inline);
      return;
    }
    if (isAuthorityLine(line) && mode !== "preamble") return signer(line);
    inMode(line);
  };

  const onTable = (rows: Cell[][]) => {
    const open = mode === "phases" ? draft.phases.at(-1) : undefined;
    if (open && !open.rows) {
      skipPending();
      open.rows = rows;
    } else if (pending) {
      // A heading without its number ("2.1." lost to Word's list numbering).
      draft.phases.push({ code: String(draft.phases.length + 1), heading: pending, rows });
      pending = null;
    } else if (mode === "contents" && BRACKETED_WINDOW.test(draft.contentItems.at(-1) ?? "")) {
      // "… (từ ngày 03-14/5/2022)" read as a content item: it heads this table.
      draft.phases.push({ code: String(draft.phases.length + 1), heading: draft.contentItems.pop()!, rows });
    } else if (open?.rows) {
      open.rows.push(...rows);
    } else {
      warn("Bảng hoạt động không có tiêu đề giai đoạn; các hoạt động được xếp vào một giai đoạn chung.");
      draft.phases.push({ code: String(draft.phases.length + 1), heading: "", rows });
    }
    mode = "phases";
  };

  for (const item of items) {
    if (item.kind === "line") onLine(item.text);
    else onTable(item.rows);
  }
  skipPending();
  return draft;
}
