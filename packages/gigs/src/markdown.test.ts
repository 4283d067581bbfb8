import { describe, expect, it } from "vitest";
import { renderGigMarkdown } from "./markdown.ts";

describe("gig description markdown", () => {
  it("renders the safe subset", () => {
    expect(renderGigMarkdown("Hello **bold** and _italic_\n\n- one\n- two\n\n1. first\n2. second")).toBe(
      "<p>Hello <strong>bold</strong> and <em>italic</em></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n<li>second</li>\n</ol>",
    );
  });

  it("keeps the page's own h1/h2: headings become h3 or h4", () => {
    expect(renderGigMarkdown("# One\n\n## Two\n\n### Three\n\n#### Four\n\n###### Six")).toBe(
      "<h3>One</h3>\n<h3>Two</h3>\n<h3>Three</h3>\n<h4>Four</h4>\n<h4>Six</h4>",
    );
  });

  it("links only to http(s), marked nofollow and opened apart from the site", () => {
    expect(renderGigMarkdown("[portfolio](https://example.pk/work)")).toBe(
      '<p><a href="https://example.pk/work" rel="nofollow ugc noopener noreferrer" target="_blank">portfolio</a></p>',
    );
    expect(renderGigMarkdown("see https://example.pk")).toContain('href="https://example.pk"');
    for (const link of ["[x](/relative)", "[x](mailto:a@b.pk)", "[x](//evil.example)", "[x](ftp://files.example)"]) {
      expect(renderGigMarkdown(link)).not.toContain("<a");
    }
  });

  it("keeps line breaks people type", () => {
    expect(renderGigMarkdown("line one\nline two")).toBe("<p>line one<br />\nline two</p>");
  });

  it.each([
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=https://evil.example></iframe>",
    "<style>body{display:none}</style>",
    "<!-- <script>alert(1)</script> -->",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](java\nscript:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](&#x6A;avascript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<javascript:alert(1)>",
    '[x](https://ok.example" onmouseover="alert(1))',
    '[x](https://ok.example "title" onclick=alert(1))',
    "![x](https://img.example/a.png)",
    "![x](javascript:alert(1))",
    "```html\n<script>alert(1)</script>\n```",
    "    <script>alert(1)</script>",
    "> <script>alert(1)</script>",
  ])("renders no live markup from %j", (payload) => {
    const html = renderGigMarkdown(payload);
    expect(html).not.toMatch(/<(?!\/?(p|br|strong|em|ul|ol|li|a|h3|h4)[\s/>])/i);
    expect(html).not.toMatch(/<[^>]+\son\w+\s*=/i);
    expect(html).not.toMatch(/<a\s[^>]*href="(?!https?:)/i);
    expect(html).not.toMatch(/<img|<script|<iframe|<svg|<style/i);
  });

  it("shows raw HTML as text rather than dropping what the freelancer wrote", () => {
    expect(renderGigMarkdown("<b>hi</b>")).toBe("<p>&lt;b&gt;hi&lt;/b&gt;</p>");
  });

  it("renders Urdu text unchanged", () => {
    expect(renderGigMarkdown("**لوگو** ڈیزائن")).toBe("<p><strong>لوگو</strong> ڈیزائن</p>");
  });
});
