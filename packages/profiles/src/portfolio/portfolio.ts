import { AppError } from "@hunar/core/app-error";
import { parseInput } from "@hunar/core/parse-input";
import type { UploadStorage } from "@hunar/core/upload-storage";
import type { Db, Tx } from "@hunar/db/types";
import { MAX_PORTFOLIO_ITEMS, PORTFOLIO_MIN_SIDE, PORTFOLIO_WIDTHS } from "../images/limits.ts";
import { processProfileImage } from "../images/process-image.ts";
import { deleteQuietly, imageVariantKey, newFileBase, putAll } from "../images/profile-files.ts";
import { lockProfile } from "../lock-profile.ts";
import { moved, reordered } from "../positions.ts";
import { ZPortfolioEdit, ZPortfolioText } from "./portfolio-input.ts";

export const PORTFOLIO_IMAGE_FIELD = "image";
const NOT_FOUND = "profiles:errors.portfolioItemNotFound";
const tooMany = () => new AppError("INVALID_STATE", "profiles:errors.tooManyPortfolioItems", { params: { max: MAX_PORTFOLIO_ITEMS } });

export const portfolioKeys = (base: string) => PORTFOLIO_WIDTHS.map((width) => imageVariantKey(base, width));

/**
 * Adds a piece of work with its image (re-encoded, in two widths) at the end of the owner's
 * portfolio. The text is checked before the image is worked on; the cap is counted under a lock
 * on the profile, so two concurrent additions cannot both take the last place.
 */
export async function addPortfolioItem(
  db: Db,
  storage: UploadStorage,
  input: { userId: string; bytes: Uint8Array; text: unknown; signal?: AbortSignal },
): Promise<{ id: string }> {
  const text = parseInput(ZPortfolioText, input.text);
  const field = PORTFOLIO_IMAGE_FIELD;
  if ((await db.portfolioItem.count({ where: { userId: input.userId } })) >= MAX_PORTFOLIO_ITEMS) throw tooMany();
  const variants = await processProfileImage(
    input.bytes,
    { sizes: PORTFOLIO_WIDTHS, square: false, minSide: PORTFOLIO_MIN_SIDE },
    { userId: input.userId, field, signal: input.signal },
  );
  const base = newFileBase();
  await putAll(
    storage,
    variants.map((variant) => ({ key: imageVariantKey(base, variant.size), bytes: variant.bytes })),
  );
  const largest = variants.at(-1);
  try {
    return await db.$transaction(async (tx) => {
      await lockProfile(tx, input.userId);
      const items = await tx.portfolioItem.findMany({ where: { userId: input.userId }, select: { position: true } });
      if (items.length >= MAX_PORTFOLIO_ITEMS) throw tooMany();
      return tx.portfolioItem.create({
        data: {
          userId: input.userId,
          ...text,
          imageKey: base,
          imageWidth: largest?.width ?? 0,
          imageHeight: largest?.height ?? 0,
          position: Math.max(-1, ...items.map((item) => item.position)) + 1,
        },
        select: { id: true },
      });
    });
  } catch (error) {
    await deleteQuietly(storage, portfolioKeys(base));
    throw error;
  }
}

/** Changes an item's title, description or link; another user's item is NOT_FOUND. */
export async function updatePortfolioItem(db: Db, userId: string, raw: unknown): Promise<void> {
  const { id, ...text } = parseInput(ZPortfolioEdit, raw);
  const { count } = await db.portfolioItem.updateMany({ where: { id, userId }, data: text });
  if (count === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
}

/** Removes an item and its image files; another user's item is NOT_FOUND. */
export async function removePortfolioItem(db: Db, storage: UploadStorage, userId: string, id: string): Promise<void> {
  const item = await db.portfolioItem.findFirst({ where: { id: String(id).slice(0, 64), userId }, select: { id: true, imageKey: true } });
  if (!item) throw new AppError("NOT_FOUND", NOT_FOUND);
  await db.portfolioItem.deleteMany({ where: { id: item.id, userId } });
  await deleteQuietly(storage, portfolioKeys(item.imageKey));
}

/** Moves an item one place up or down (`{ id, direction }`). */
export function movePortfolioItem(db: Db, userId: string, raw: unknown): Promise<void> {
  return rewritePositions(db, userId, (ids) => moved(ids, raw, NOT_FOUND));
}

/** Puts the whole portfolio in a new order (`{ ids }`, exactly the owner's items). */
export function reorderPortfolio(db: Db, userId: string, raw: unknown): Promise<void> {
  return rewritePositions(db, userId, (ids) => reordered(ids, raw, "profiles:errors.reorderMismatch"));
}

async function rewritePositions(db: Db, userId: string, order: (ids: string[]) => string[]): Promise<void> {
  await db.$transaction(async (tx: Tx) => {
    await lockProfile(tx, userId);
    const items = await tx.portfolioItem.findMany({
      where: { userId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const next = order(items.map((item) => item.id));
    for (const [position, id] of next.entries()) await tx.portfolioItem.update({ where: { id }, data: { position }, select: { id: true } });
  });
}
