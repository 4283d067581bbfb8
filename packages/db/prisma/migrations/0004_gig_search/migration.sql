-- AlterTable
ALTER TABLE "Gig" ADD COLUMN     "fastestDeliveryDays" INTEGER,
ADD COLUMN     "searchBoost" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Gig_status_searchBoost_id_idx" ON "Gig"("status", "searchBoost" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Gig_searchVector_idx" ON "Gig" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Gig_searchText_idx" ON "Gig" USING GIN ("searchText" gin_trgm_ops);

-- ---------------------------------------------------------------------------------------------
-- Hand-written: the functions and triggers that keep the search columns above up to date
-- (docs/decisions/006-gig-search.md). Prisma models neither functions nor triggers, so the drift
-- check (which compares tables, columns and indexes) leaves them alone. Every writer of gigs,
-- packages and tags (the gigs domain, the seed, the bulk generator) gets searchable gigs for free.
-- ---------------------------------------------------------------------------------------------

-- One spelling per word, applied to documents and to queries alike: compatibility-composed
-- (NFKC folds Arabic presentation forms and decomposed hamza), without diacritics, tatweel or
-- joiners, Urdu letter forms for the Arabic ones some keyboards type (ي ى ك ه), Urdu and Arabic
-- digits as ASCII, lower case.
CREATE FUNCTION gig_search_normalise(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT lower(translate(
    regexp_replace(normalize(input, NFKC), '[\u064B-\u0652\u0670\u0640\u200C\u200D]', '', 'g'),
    'يىكهۂ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
    'ییکہہ01234567890123456789'))
$$;

-- Titles weigh most, then tags, then descriptions; `simple` keeps every word as typed (there is
-- no Urdu stemmer, and Roman Urdu would be mangled by the English one).
CREATE FUNCTION gig_search_vector(title_ur text, title_en text, tags text, description_ur text, description_en text)
RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('simple', gig_search_normalise(concat_ws(' ', title_ur, title_en))), 'A')
      || setweight(to_tsvector('simple', gig_search_normalise(coalesce(tags, ''))), 'B')
      || setweight(to_tsvector('simple', gig_search_normalise(concat_ws(' ', description_ur, description_en))), 'C')
$$;

-- Short on purpose: pg_trgm's word similarity is computed on every candidate row.
CREATE FUNCTION gig_search_text(title_ur text, title_en text, tags text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT gig_search_normalise(concat_ws(' ', title_ur, title_en, tags))
$$;

CREATE FUNCTION gig_search_tags(gig_id text) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT string_agg(t."label", ' ' ORDER BY t."label")
  FROM "GigTag" gt JOIN "Tag" t ON t."id" = gt."tagId"
  WHERE gt."gigId" = gig_id
$$;

-- Rating and recency, the query-independent part of relevance. Rating is a Bayesian average
-- (4.0 stars assumed until 10 reviews' worth of evidence) scaled to 0..1 and weighted 0.3;
-- recency adds 0.1 per year of publication date. Linear in time, so the order it gives never
-- depends on when it is read, and it can be stored and indexed.
CREATE FUNCTION gig_search_boost(rating_sum integer, rating_count integer, listed_at timestamp)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 0.3 * ((coalesce(rating_sum, 0) + 40.0) / (coalesce(rating_count, 0) + 10) / 5)
       + 0.1 * (extract(epoch FROM listed_at) / (365.25 * 86400))
$$;

CREATE FUNCTION gig_search_fill_text() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tags text := gig_search_tags(NEW."id");
BEGIN
  NEW."searchVector" := gig_search_vector(NEW."titleUr", NEW."titleEn", tags, NEW."descriptionUr", NEW."descriptionEn");
  NEW."searchText" := gig_search_text(NEW."titleUr", NEW."titleEn", tags);
  RETURN NEW;
END
$$;

CREATE TRIGGER gig_search_fill_text
BEFORE INSERT OR UPDATE OF "titleUr", "titleEn", "descriptionUr", "descriptionEn" ON "Gig"
FOR EACH ROW EXECUTE FUNCTION gig_search_fill_text();

CREATE FUNCTION gig_search_fill_boost() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchBoost" := gig_search_boost(NEW."ratingSum", NEW."ratingCount", coalesce(NEW."publishedAt", NEW."createdAt"));
  RETURN NEW;
END
$$;

CREATE TRIGGER gig_search_fill_boost
BEFORE INSERT OR UPDATE OF "ratingSum", "ratingCount", "publishedAt", "createdAt" ON "Gig"
FOR EACH ROW EXECUTE FUNCTION gig_search_fill_boost();

-- Tag changes: once per statement over the changed rows (transition table `changed`), so a bulk
-- insert of thousands of gig tags refreshes each gig once rather than once per tag.
CREATE FUNCTION gig_search_refresh_tags() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Gig" g
  SET "searchVector" = gig_search_vector(g."titleUr", g."titleEn", d.tags, g."descriptionUr", g."descriptionEn"),
      "searchText" = gig_search_text(g."titleUr", g."titleEn", d.tags)
  FROM (SELECT ids."gigId", gig_search_tags(ids."gigId") AS tags
        FROM (SELECT DISTINCT "gigId" FROM changed) ids) d
  WHERE g."id" = d."gigId";
  RETURN NULL;
END
$$;

CREATE TRIGGER gig_search_tags_inserted AFTER INSERT ON "GigTag"
REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION gig_search_refresh_tags();
CREATE TRIGGER gig_search_tags_updated AFTER UPDATE ON "GigTag"
REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION gig_search_refresh_tags();
CREATE TRIGGER gig_search_tags_deleted AFTER DELETE ON "GigTag"
REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION gig_search_refresh_tags();

-- A renamed tag label changes the documents of every gig carrying it.
CREATE FUNCTION gig_search_refresh_tag_label() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Gig" g
  SET "searchVector" = gig_search_vector(g."titleUr", g."titleEn", gig_search_tags(g."id"), g."descriptionUr", g."descriptionEn"),
      "searchText" = gig_search_text(g."titleUr", g."titleEn", gig_search_tags(g."id"))
  WHERE g."id" IN (SELECT "gigId" FROM "GigTag" WHERE "tagId" = NEW."id");
  RETURN NULL;
END
$$;

CREATE TRIGGER gig_search_tag_label AFTER UPDATE OF "label" ON "Tag"
FOR EACH ROW WHEN (OLD."label" IS DISTINCT FROM NEW."label") EXECUTE FUNCTION gig_search_refresh_tag_label();

-- Package changes keep the fastest delivery time, once per statement like tags.
CREATE FUNCTION gig_search_refresh_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Gig" g
  SET "fastestDeliveryDays" = (SELECT min(p."deliveryDays") FROM "GigPackage" p WHERE p."gigId" = g."id")
  WHERE g."id" IN (SELECT DISTINCT "gigId" FROM changed);
  RETURN NULL;
END
$$;

CREATE TRIGGER gig_search_packages_inserted AFTER INSERT ON "GigPackage"
REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION gig_search_refresh_delivery();
CREATE TRIGGER gig_search_packages_updated AFTER UPDATE ON "GigPackage"
REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION gig_search_refresh_delivery();
CREATE TRIGGER gig_search_packages_deleted AFTER DELETE ON "GigPackage"
REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION gig_search_refresh_delivery();

-- Gigs that existed before this migration.
UPDATE "Gig" g
SET "titleUr" = g."titleUr",
    "publishedAt" = g."publishedAt",
    "fastestDeliveryDays" = (SELECT min(p."deliveryDays") FROM "GigPackage" p WHERE p."gigId" = g."id");
