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

/** The lists a corpus DOCX defines (numbering.xml); see docx.ts for their formats. */
export type ListName = "outline" | "stt" | "sttDot" | "cell";
export type ListPlace = { reference: ListName; level: number; instance: number };

const OUTLINE_LEVEL: Record<LabelKind, number> = { roman: 0, decimal: 1, sub: 2, letter: 3, dash: 4, plus: 5 };
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

/** The label Word shows for an outline level, given the counters of the levels above. */
function outlineLabel(level: number, counters: number[]): string {
  const [c0 = 0, c1 = 0, c2 = 0, c3 = 0] = counters;
  if (level === 0) return `${toRoman(c0)}.`;
  if (level === 1) return `${c1}.`;
  if (level === 2) return `${c1}.${c2}.`;
  return `${toLetter(c3)})`;
}

type Counting = { list: ListName; instance: number; counters: number[] };

export class Numberer {
  private readonly next = new Map<ListName, number>();
  private outline: Counting;
  private readonly where: string;

  constructor(where: string) {
    this.where = where;
    this.outline = this.counting("outline", 4);
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
    const attempt = (from: Counting) => {
      const counters = from.counters.map((value, index) => (index < level ? value : index === level ? value + 1 : 0));
      return { counters, shown: render(level, counters) };
    };
    let result = attempt(counting);
    if (result.shown !== label) {
      // A label that starts a list again ("1.", "a)") is a new instance of the list.
      counting.instance = this.newInstance(counting.list);
      counting.counters = counting.counters.map(() => 0);
      result = attempt(counting);
    }
    if (result.shown !== label) throw new Error(`${this.where}: Word would number “${label}” as “${result.shown}”`);
    counting.counters = result.counters;
  }

  /** A body paragraph's label. */
  paragraph(label: string): ListPlace {
    const kind = labelKind(label);
    if (!kind) throw new Error(`${this.where}: “${label}” cannot be Word numbering`);
    const level = OUTLINE_LEVEL[kind];
    if (level <= 3) this.count(this.outline, level, label, outlineLabel);
    return { reference: "outline", level, instance: this.outline.instance };
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
