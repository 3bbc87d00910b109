// Static markup as a string, for the few fragments with hundreds of rows that
// are rendered once per change and cached (the Gantt's rows, a phase's table
// rows). React would otherwise carry every row's elements through the cache,
// the page's RSC payload and the HTML renderer on every view; one string costs
// only its bytes. Every interpolated value is escaped unless it is Html made
// here, so a value cannot open a tag or an attribute.

/** Markup produced by html`…` (trusted: its values were escaped when it was made). */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

const NEEDS_ESCAPE = /[&<>"']/;

/** Text or an attribute value, safe inside markup and inside a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  // Most values (names, dates, numbers) have nothing to escape: a test is far cheaper than a replace with a callback.
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

type Value = Html | string | number | false | null | undefined | readonly Value[];

function part(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(part).join("");
  return escapeHtml(String(value));
}

/** html`<td>${text}</td>`: the template is markup, each value is escaped text (or Html, kept as is). */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += part(values[i]!) + strings[i + 1]!;
  return new Html(out);
}
