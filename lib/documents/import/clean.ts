// Line-level clean-up of text copied from Word or PDF: markup, spaces, quotes,
// bullets. Everything the parser reads goes through cleanLine first.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Drops HTML tags and entities, odd spaces, and turns paired straight quotes into “ ”. */
export function cleanLine(raw: string): string {
  const text = raw
    .normalize("NFC")
    .replace(/<\/?[a-z][^>]*>/gi, "")
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return pairQuotes(text);
}

/** `chủ đề " Khoa học "` → `chủ đề “Khoa học”`; an unpaired quote stays as it is. */
export function pairQuotes(text: string): string {
  return text
    .replace(/"\s*([^"]*?)\s*"/g, "“$1”")
    .replace(/“\s+/g, "“")
    .replace(/\s+”/g, "”");
}

/** A line of dashes, underscores or dots only: the rules under headers, table separators. */
export function isDecoration(line: string): boolean {
  return /^[\s\-–—_=.*~…]+$/.test(line);
}

const BULLET = /^(?:[-–—+*]\s*(?=\S)|[•▪◦●]\s*)/;

export function hasBullet(line: string): boolean {
  return BULLET.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(BULLET, "").trim();
}

/** `“Nhiệt liệt chào mừng …”.` → `Nhiệt liệt chào mừng …` */
export function unquote(text: string): string {
  const trimmed = text.trim().replace(/[.;]+$/, "").trim();
  const match = /^[“"](.*)[”"]$/s.exec(trimmed);
  return (match ? match[1]! : trimmed).trim();
}

/** Trailing punctuation a list item or a unit name carries in running text. */
export function trimPunctuation(text: string): string {
  return text.replace(/^[\s,;:.]+|[\s,;:.]+$/g, "");
}

export function startsLower(line: string): boolean {
  const first = line.charAt(0);
  return first !== first.toLocaleUpperCase("vi") && first === first.toLocaleLowerCase("vi");
}

/** Written in capitals ("GIÁM ĐỐC", "KẾ HOẠCH"), with at least two letters. */
export function isUpperLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toLocaleUpperCase("vi");
}

export function upperFirst(text: string): string {
  return text ? text.charAt(0).toLocaleUpperCase("vi") + text.slice(1) : text;
}
