import { z } from "zod";
import { loadCategoryTree } from "@hunar/gigs/catalog/category-tree";
import { loadPopularGigs } from "@hunar/gigs/catalog/popular-gigs";
import { publicProcedure, router } from "../trpc.ts";

export const ZPopularGigs = z
  .object({
    limit: z
      .number({ error: "errors:invalid" })
      .int({ error: "errors:invalid" })
      .min(1, { error: "errors:tooSmall" })
      .max(24, { error: "errors:tooBig" })
      .default(8),
  })
  .default({ limit: 8 });

export const catalogRouter = router({
  categories: publicProcedure.query(({ ctx }) => loadCategoryTree(ctx.db)),
  popularGigs: publicProcedure.input(ZPopularGigs).query(({ ctx, input }) => loadPopularGigs(ctx.db, input.limit)),
});
