// Word's automatic numbering for the corpus DOCX. A source writes every label
// as it reads ("II.", "2.1.", "b)", "-"); where the DOCX makes a label Word
// numbering, this works out which list, level and list instance gives that
// label, counting as Word does, and refuses a label Word would not show, so
// the text and the DOCX of a document always read the same.
import type { AutoPolicy } from "./model";

export type LabelKind = "roman" | "decimal" | "sub" | "letter" | "dash" | "plus";

export function labelKind(label: string): LabelKind | null {
  if (/^[IVXL]+\.$/.test(label)) return "roman";
  if (/^\d+\.$/.test(label)) return "decimal";
  if (/^\d+\.\d+\.$/.test(label)) return "sub";
  if (/^[a-z]\)$/.test(label)) return "letter";
  if (label === "-") return "dash";
  if (label === "+") return "plus";
  return null;
}

/**
 * The lists a corpus DOCX defines (numbering.xml); see docx.ts for their formats.
 * - outline: I. / 1. / 1.1. in one multi-level list, so that 1. starts again under each Roman heading
 * - decimal: 1. / 1.1. where the Roman headings are typed
 * - letter: a), b) …; bullet: "-" and "+". Lists of their own: a bullet never counts as a level of a numbered
 *   list (LibreOffice counts a level skipped by a deeper item, Word does not), and "a)" starts again as a new instance.
 * - stt, sttDot: a table's Stt column; cell: the list items of one table cell.
 */
export type ListName = "outline" | "decimal" | "letter" | "bullet" | "stt" | "sttDot" | "cell";
export type ListPlace = { reference: ListName; level: number; instance: number };

const CELL_LEVEL: Partial<Record<LabelKind, number>> = { letter: 0, dash: 1, plus: 2 };

export function toRoman(n: number): string {
  const digits: [number, string][] = [[40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let rest = n;
  let out = "";
  for (const [value, symbol] of digits) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}
const toLetter = (n: number) => String.fromCharCode(96 + n);

/** The label Word shows for a level of the outline list, given the counters of the levels above. */
function outlineLabel(level: number, counters: number[]): string {
  const [c0 = 0, c1 = 0, c2 = 0] = counters;
  if (level === 0) return `${toRoman(c0)}.`;
  if (level === 1) return `${c1}.`;
  return `${c1}.${c2}.`;
}

function decimalLabel(level: number, counters: number[]): string {
  const [c0 = 0, c1 = 0] = counters;
  return level === 0 ? `${c0}.` : `${c0}.${c1}.`;
}

const letterLabel = (_level: number, [value = 0]: number[]) => `${toLetter(value)})`;

type Counting = { list: ListName; instance: number; counters: number[] };

export class Numberer {
  private readonly next = new Map<ListName, number>();
  private readonly where: string;
  private readonly policy: AutoPolicy;
  private readonly lists = new Map<ListName, Counting>();

  constructor(where: string, policy: AutoPolicy = {}) {
    this.where = where;
    this.policy = policy;
  }

  private list(name: ListName, levels: number): Counting {
    let counting = this.lists.get(name);
    if (!counting) {
      counting = this.counting(name, levels);
      this.lists.set(name, counting);
    }
    return counting;
  }

  private newInstance(list: ListName): number {
    const instance = (this.next.get(list) ?? 0) + 1;
    this.next.set(list, instance);
    return instance;
  }

  private counting(list: ListName, levels: number): Counting {
    return { list, instance: this.newInstance(list), counters: Array.from({ length: levels }, () => 0) };
  }

  /** Counts one item of a numbered level as Word does: the deeper levels start again. */
  private count(counting: Counting, level: number, label: string, render: (level: number, counters: number[]) => string) {
    const next = (counters: number[]) => counters.map((value, index) => (index < level ? value : index === level ? value + 1 : 0));
    const counters = next(counting.counters);
    if (render(level, counters) === label) {
      counting.counters = counters;
      return;
    }
    // A label that starts the list again ("1.", "a)") is a new instance of the list, counted from the start.
    const fresh = next(counting.counters.map(() => 0));
    if (render(level, fresh) !== label) throw new Error(`${this.where}: Word would number “${label}” as “${render(level, counters)}”`);
    counting.instance = this.newInstance(counting.list);
    counting.counters = fresh;
  }

  /** A body paragraph's label. */
  paragraph(label: string): ListPlace {
    const kind = labelKind(label);
    if (!kind) throw new Error(`${this.where}: “${label}” cannot be Word numbering`);
    if (kind === "dash" || kind === "plus") return { reference: "bullet", level: kind === "dash" ? 0 : 1, instance: this.list("bullet", 2).instance };
    if (kind === "letter") {
      const letters = this.list("letter", 1);
      this.count(letters, 0, label, letterLabel);
      return { reference: "letter", level: 0, instance: letters.instance };
    }
    // Decimal labels belong to the outline under automatic Roman headings, else to a list of their own.
    const reference: ListName = this.policy.roman ? "outline" : "decimal";
    if (kind === "roman" && reference !== "outline") throw new Error(`${this.where}: an automatic “${label}” needs auto.roman`);
    const level = (reference === "outline" ? { roman: 0, decimal: 1, sub: 2 } : { roman: -1, decimal: 0, sub: 1 })[kind];
    const counting = this.list(reference, 3);
    this.count(counting, level, label, reference === "outline" ? outlineLabel : decimalLabel);
    return { reference, level, instance: counting.instance };
  }

  /** A table's Stt column: one list per table, "1" or "1.". */
  sttList(dotted: boolean): (label: string) => ListPlace {
    const reference: ListName = dotted ? "sttDot" : "stt";
    const counting = this.counting(reference, 1);
    return (label) => {
      this.count(counting, 0, label, (_level, [value = 0]) => (dotted ? `${value}.` : `${value}`));
      return { reference, level: 0, instance: counting.instance };
    };
  }

  /** The list items of one table cell. */
  cellList(): (label: string) => ListPlace {
    const counting = this.counting("cell", 1);
    return (label) => {
      const kind = labelKind(label);
      const level = kind ? CELL_LEVEL[kind] : undefined;
      if (level === undefined) throw new Error(`${this.where}: “${label}” cannot be Word numbering in a cell`);
      if (level === 0) this.count(counting, 0, label, (_level, [value = 0]) => `${toLetter(value)})`);
      return { reference: "cell", level, instance: counting.instance };
    };
  }
}

/** Whether the DOCX writes this body label as Word numbering. */
export function isAuto(label: string | undefined, explicit: boolean | undefined, policy: AutoPolicy | undefined): boolean {
  if (!label) return false;
  if (explicit !== undefined) return explicit;
  const kind = labelKind(label);
  return kind ? policy?.[kind] === true : false;
}

/** Splits a cell line into its list label and text: "- Văn phòng Sở" → ["-", "Văn phòng Sở"]. */
export function splitCellLabel(line: string): [string, string] | null {
  const match = /^(-|\+|[a-z]\))\s+(.*)$/s.exec(line);
  return match ? [match[1]!, match[2]!] : null;
}
