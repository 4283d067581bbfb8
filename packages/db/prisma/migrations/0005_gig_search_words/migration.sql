-- DropIndex
DROP INDEX "Gig_searchText_idx";

-- AlterTable
ALTER TABLE "Gig" DROP COLUMN "searchText",
ADD COLUMN     "ratingAverage" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "SearchWord_word_idx" ON "SearchWord" USING GIST ("word" gist_trgm_ops);

-- CreateIndex
CREATE INDEX "Gig_status_ratingAverage_ratingCount_id_idx" ON "Gig"("status", "ratingAverage" DESC, "ratingCount" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Gig_status_startingPricePaisa_fastestDeliveryDays_ratingAve_idx" ON "Gig"("status", "startingPricePaisa", "fastestDeliveryDays", "ratingAverage", "categoryId");

-- ---------------------------------------------------------------------------------------------
-- Hand-written (docs/decisions/006-gig-search.md): spelling correction moves from a trigram
-- index over every gig's titles (word_similarity on thousands of rows per query) to a word list
-- of a few thousand rows that misspelt query words are looked up in, so matching stays on the
-- tsvector index; the boost trigger also keeps `ratingAverage`. Functions and triggers are
-- outside Prisma's model, so the drift check leaves them alone.
-- ---------------------------------------------------------------------------------------------

-- Same result as before, cheaper: ASCII text (English, Roman Urdu) skips the Unicode steps, and
-- each step runs only when the text has something for it to do.
CREATE OR REPLACE FUNCTION gig_search_normalise(input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  t text := input;
BEGIN
  IF t ~ '[^\x01-\x7f]' THEN
    IF t IS NOT NFKC NORMALIZED THEN
      t := normalize(t, NFKC);
    END IF;
    IF t ~ '[\u064B-\u0652\u0670\u0640\u200C\u200D]' THEN
      t := regexp_replace(t, '[\u064B-\u0652\u0670\u0640\u200C\u200D]', '', 'g');
    END IF;
    IF t ~ '[يىكهۂ٠-٩۰-۹]' THEN
      t := translate(t, 'يىكهۂ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', 'ییکہہ01234567890123456789');
    END IF;
  END IF;
  RETURN lower(t);
END
$$;

DROP FUNCTION gig_search_text(text, text, text);

CREATE OR REPLACE FUNCTION gig_search_fill_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := gig_search_vector(NEW."titleUr", NEW."titleEn", gig_search_tags(NEW."id"), NEW."descriptionUr", NEW."descriptionEn");
  RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION gig_search_refresh_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Gig" g
  SET "searchVector" = gig_search_vector(g."titleUr", g."titleEn", gig_search_tags(g."id"), g."descriptionUr", g."descriptionEn")
  WHERE g."id" IN (SELECT DISTINCT "gigId" FROM changed);
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION gig_search_refresh_tag_label() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Gig" g
  SET "searchVector" = gig_search_vector(g."titleUr", g."titleEn", gig_search_tags(g."id"), g."descriptionUr", g."descriptionEn")
  WHERE g."id" IN (SELECT "gigId" FROM "GigTag" WHERE "tagId" = NEW."id");
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION gig_search_fill_boost() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchBoost" := gig_search_boost(NEW."ratingSum", NEW."ratingCount", coalesce(NEW."publishedAt", NEW."createdAt"));
  NEW."ratingAverage" := CASE WHEN NEW."ratingCount" > 0 THEN NEW."ratingSum"::double precision / NEW."ratingCount" ELSE 0 END;
  RETURN NEW;
END
$$;

-- Title and tag words (weights A and B) of three letters or more: trigram similarity says
-- nothing useful about shorter ones, and description words would mostly add noise.
CREATE FUNCTION gig_search_words(vector tsvector) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT w FROM unnest(tsvector_to_array(ts_filter(vector, '{a,b}'))) AS w WHERE length(w) >= 3
$$;

-- Once per statement over the changed rows, so a bulk insert adds each new word once.
CREATE FUNCTION gig_search_learn_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w FROM added CROSS JOIN LATERAL gig_search_words(added."searchVector") AS w
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER gig_search_learn_inserted AFTER INSERT ON "Gig"
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION gig_search_learn_inserted();

CREATE FUNCTION gig_search_learn_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SearchWord" ("word")
  SELECT DISTINCT w
  FROM after_rows a
  JOIN before_rows b ON b."id" = a."id"
  CROSS JOIN LATERAL gig_search_words(a."searchVector") AS w
  WHERE a."searchVector" IS DISTINCT FROM b."searchVector"
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER gig_search_learn_updated AFTER UPDATE ON "Gig"
REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
FOR EACH STATEMENT EXECUTE FUNCTION gig_search_learn_updated();

-- Gigs that existed before this migration.
UPDATE "Gig" SET "ratingSum" = "ratingSum";
INSERT INTO "SearchWord" ("word")
SELECT DISTINCT w FROM "Gig" g CROSS JOIN LATERAL gig_search_words(g."searchVector") AS w
ON CONFLICT DO NOTHING;
