import { parseJobSearchParams } from "@hunar/proposals/jobs/job-search-params";
import { searchJobs } from "@hunar/proposals/jobs/search-jobs";
import { z } from "zod";
import { publicProcedure, router } from "../trpc.ts";

// The /jobs parameters as the page's URL carries them (text), or as numbers from a client. Their
// rules and messages are the domain's (ZJobSearchParams); here each only has to be a plain value,
// so anything else is refused before it gets there.
const urlValue = z.union([z.string(), z.number()], { error: "errors:invalid" }).optional();

export const ZJobSearchInput = z.object({
  q: urlValue,
  category: urlValue,
  min: urlValue,
  max: urlValue,
  posted: urlValue,
  cursor: urlValue,
  limit: urlValue,
});

export const jobsRouter = router({
  /** Open public jobs, newest first; public like the page, in the caller's language. */
  search: publicProcedure
    .input(ZJobSearchInput)
    .query(({ ctx, input }) => searchJobs(ctx.db, parseJobSearchParams(input), { locale: ctx.locale })),
});
