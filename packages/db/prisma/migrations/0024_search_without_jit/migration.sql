-- Hand-written: no JIT compilation for this database's queries. At 1,000,000 published gigs the
-- planner's cost for a search over a common word (tens of thousands of GIN matches, each ranked
-- or counted) passes jit_above_cost, and PostgreSQL then spent 90-140 ms compiling expressions
-- for a query that runs once: more than a third of the page and count queries' time (EXPLAIN
-- ANALYZE's "JIT: Timing ... Total"). Nothing this application runs is a long analytical query
-- that compilation pays back. Only the database's owner may change its defaults; a deployment
-- whose migrating role is not the owner keeps the server's setting and says so.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'jit stays as the server sets it: %', SQLERRM;
END
$$;
