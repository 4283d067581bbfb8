import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

// Gig descriptions are a small markdown subset: paragraphs, emphasis, lists, http(s) links and
// h3/h4 headings (the page owns h1/h2). markdown-it runs with `html: false`, so raw HTML in the
// text comes out as visible, escaped text; sanitize-html then allows only the tags this subset
// produces, so even a bug in the markdown layer cannot let markup through.

const ALLOWED_RULES = [
  // block
  "heading",
  "lheading",
  "list",
  "paragraph",
  // inline
  "emphasis",
  "link",
  "linkify",
  "escape",
  "entity",
  "newline",
  "text",
];

const md = new MarkdownIt("zero", { html: false, linkify: true, breaks: true });
md.enable(ALLOWED_RULES);

const isWebUrl = (url: string): boolean => /^https?:\/\/[^\s]/i.test(url.trim());
// Only absolute web links; markdown-it's default also lets relative and mailto links through.
md.validateLink = isWebUrl;

md.core.ruler.push("gig_heading_levels", (state) => {
  for (const token of state.tokens) {
    if (token.type !== "heading_open" && token.type !== "heading_close") continue;
    const level = Number(token.tag.slice(1));
    token.tag = level <= 3 ? "h3" : "h4";
  }
});

const LINK_REL = "nofollow ugc noopener noreferrer";

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4"],
  allowedAttributes: { a: ["href", "rel", "target"], ol: ["start"] },
  allowedSchemes: ["http", "https"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "escape",
  transformTags: {
    // Whatever the markdown layer produced, links leave the site without passing it authority.
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...(attribs.href && isWebUrl(attribs.href) ? { href: attribs.href } : {}), rel: LINK_REL, target: "_blank" },
    }),
  },
};

/** Renders a gig description to HTML that is safe to insert as is. */
export function renderGigMarkdown(markdown: string): string {
  return sanitizeHtml(md.render(markdown), SANITIZE).trim();
}
