-- A plan's signed copies are shown on the plan page from the shared cache
-- (lib/plans/cached.ts cachedSignedCopies), tagged plan:<id>: attaching or
-- removing one notifies that tag at commit, as the other triggers do
-- (20261201100000_cache_tags_fine). A function of its own reads the plan's id
-- only: the row carries the PDF, which the generic to_jsonb(NEW) would copy.
CREATE OR REPLACE FUNCTION kehoach_cache_notify_signed_copy() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  plan uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    plan := OLD."planId";
  ELSE
    plan := NEW."planId";
  END IF;
  PERFORM pg_notify('kehoach_cache', 'plan:' || plan);
  RETURN NULL;
END
$$;

CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "SignedCopy" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify_signed_copy();
