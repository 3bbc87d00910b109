import { describe, expect, it } from "vitest";
import { Html, escapeHtml, html } from "@/lib/html";

describe("html`…` static markup", () => {
  it("escapes every interpolated value, in text and in attributes", () => {
    const value = `"><script>alert('x')</script>&`;
    const out = html`<a href="${value}" title='${value}'>${value}</a>`.value;
    expect(out).toBe(`<a href="&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;" title='&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;'>&quot;&gt;&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&amp;</a>`);
    expect(out).not.toContain("<script>");
  });

  it("keeps markup made by html`…`, joins lists and drops empty values", () => {
    const items = ["a<b", "c"].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe("<ul><li>a&lt;b</li><li>c</li></ul>0");
    expect(html`${"<i>"}`).toBeInstanceOf(Html);
  });

  it("escapes the way React does, so a fragment's markup is the same as React would write", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#x27;");
  });

  it("leaves text with nothing to escape as it is, and escapes each special character wherever it stands", () => {
    expect(escapeHtml("Phòng Quản lý công nghệ 18/5/2022")).toBe("Phòng Quản lý công nghệ 18/5/2022");
    expect(escapeHtml("")).toBe("");
    expect(escapeHtml("a&b")).toBe("a&amp;b");
    expect(escapeHtml("x'")).toBe("x&#x27;");
    expect(escapeHtml('"y')).toBe("&quot;y");
    expect(escapeHtml("Sở KH&CN <b>")).toBe("Sở KH&amp;CN &lt;b&gt;");
  });
});
