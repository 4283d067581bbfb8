import { z } from "zod";
import { line, optionalBlock, profileError } from "../text-schemas.ts";

export const PORTFOLIO_TITLE_MAX = 80;
export const PORTFOLIO_DESCRIPTION_MAX = 500;
export const LINK_MAX = 300;

/** An optional https address without credentials, normalised; blank means none. */
export const ZLink = z
  .string({ error: "errors:invalid" })
  .refine((value) => value.length <= LINK_MAX * 2, { error: profileError("linkTooLong"), abort: true })
  .nullish()
  .transform((value) => (value === null || value === undefined || value.trim() === "" ? null : value.trim()))
  .transform((value, context) => {
    if (value === null) return null;
    const url = URL.canParse(value) ? new URL(value) : null;
    if (!url || url.protocol !== "https:" || url.username || url.password || !url.hostname.includes(".")) {
      context.addIssue({ code: "custom", message: profileError("linkHttps") });
      return z.NEVER;
    }
    if (url.href.length > LINK_MAX) {
      context.addIssue({ code: "custom", message: profileError("linkTooLong"), params: { max: LINK_MAX } });
      return z.NEVER;
    }
    return url.href;
  });

/** Title, description and link of a portfolio item (its image comes separately). */
export const ZPortfolioText = z.object({
  title: line(2, PORTFOLIO_TITLE_MAX),
  description: optionalBlock(PORTFOLIO_DESCRIPTION_MAX),
  link: ZLink,
});

export const ZPortfolioEdit = ZPortfolioText.extend({
  id: z.string({ error: "errors:invalid" }).min(1, { error: "errors:invalid" }).max(64, { error: "errors:invalid" }),
});
