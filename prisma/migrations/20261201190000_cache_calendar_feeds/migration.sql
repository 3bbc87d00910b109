-- The calendar feed address shown on Việc của đơn vị and a plan's calendar
-- comes from the shared cache (lib/calendar-feeds/queries.ts), tagged
-- org:<id>:feeds: making, replacing or revoking a feed notifies that tag at
-- commit, as do locking and unlocking an account, since a feed ends with the
-- account that made it (LIVE_FEED). Feeds change seldom: one tag for the
-- organisation is enough.
CREATE OR REPLACE FUNCTION kehoach_cache_notify_feeds() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  org uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    org := OLD."organizationId";
  ELSE
    org := NEW."organizationId";
  END IF;
  PERFORM pg_notify('kehoach_cache', 'org:' || org || ':feeds');
  RETURN NULL;
END
$$;

CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "CalendarFeed" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify_feeds();
CREATE TRIGGER kehoach_cache_feeds AFTER UPDATE OF "active" ON "User" FOR EACH ROW WHEN (OLD."active" IS DISTINCT FROM NEW."active") EXECUTE FUNCTION kehoach_cache_notify_feeds();
