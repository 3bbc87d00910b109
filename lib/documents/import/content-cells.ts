// The "Nội dung" cell: the activity's own lines, and the sub-tasks Kehoach's
// export writes under them (see lib/documents/format.ts, subTaskLine):
// "- <content> (chủ trì: <lead>; phối hợp: <a>; <b>; thời gian: <window>; ghi chú: <note>)".
import { hasBullet, startsLower } from "./clean";

export type WrittenSubTask = { content: string; lead: string; supporters: string[]; windowText: string; note: string };

const SUB_TASK = /^[-–+•]\s*(.*?)\s*\(chủ trì:\s*(.*)\)$/isu;
const KEYS = /;\s*(phối hợp|thời gian|ghi chú):\s*/giu;

export function readWrittenSubTask(line: string): WrittenSubTask | null {
  const match = SUB_TASK.exec(line);
  if (!match) return null;
  const [, content, fields] = match as unknown as [string, string, string];
  // The note comes last and may hold anything, so nothing after "ghi chú:" is a key.
  const noteAt = fields.search(/;\s*ghi chú:\s*/iu);
  const note = noteAt < 0 ? "" : fields.slice(noteAt).replace(/^;\s*ghi chú:\s*/iu, "");
  const head = noteAt < 0 ? fields : fields.slice(0, noteAt);
  const parts = head.split(KEYS);
  const subTask: WrittenSubTask = { content: content.trim(), lead: parts[0]!.trim(), supporters: [], windowText: "", note: note.trim() };
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!.toLocaleLowerCase("vi");
    const value = (parts[i + 1] ?? "").trim();
    if (key === "phối hợp") subTask.supporters = value.split(/\s*;\s*/).filter(Boolean);
    else if (key === "thời gian") subTask.windowText = value;
  }
  return subTask;
}

/** Lines broken inside a sentence (a page break, a soft return) join the line before. */
export function joinContinuations(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous !== undefined && startsLower(line) && !/^[a-zđ]\)/u.test(line) && !previous.endsWith(":")) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined;
}

/** "- A - B" written on one line becomes two lines, as the cell meant. */
function splitInlineBullets(line: string): string[] {
  if (!/^-\s/.test(line)) return [line];
  return line.split(/\s+-\s+(?=[\p{Lu}“"])/u).map((part, i) => (i === 0 ? part : `- ${part}`));
}

export function readContentCell(lines: string[]): { content: string; subTasks: WrittenSubTask[] } {
  const own: string[] = [];
  const subTasks: WrittenSubTask[] = [];
  for (const line of joinContinuations(lines)) {
    const subTask = hasBullet(line) ? readWrittenSubTask(line) : null;
    if (subTask) subTasks.push(subTask);
    else own.push(...splitInlineBullets(line));
  }
  return { content: own.join("\n"), subTasks };
}
