-- Cache invalidation from the database itself (lib/cache/): every write to what
-- the cached fragments show notifies channel kehoach_cache with the tags it
-- touches. PostgreSQL delivers a notification only when the writing
-- transaction commits, to every listening app instance, and drops it when the
-- transaction rolls back; identical payloads within one transaction are sent
-- once. Doing it here, not in the services, means no writer can be missed
-- (services, imports, scripts, seeds, SQL by hand).
--
-- Tags: plan:<id>        the plan, its phases, activities and what hangs on them
--       org:<id>         anything of the organisation (home dashboard, year timeline)
--       org:<id>:names   names every fragment prints (organisation, units, users)
CREATE FUNCTION kehoach_cache_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r jsonb := to_jsonb(COALESCE(NEW, OLD));
  o jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) ELSE NULL END;
  org text;
  plan text;
  old_plan text;
BEGIN
  IF TG_ARGV[0] = 'organization' THEN
    PERFORM pg_notify('kehoach_cache', 'org:' || (r->>'id') || ',org:' || (r->>'id') || ':names');
    RETURN NULL;
  END IF;
  org := r->>'organizationId';
  IF TG_ARGV[0] = 'names' THEN
    PERFORM pg_notify('kehoach_cache', 'org:' || org || ',org:' || org || ':names');
    RETURN NULL;
  END IF;
  IF TG_ARGV[0] = 'plan' THEN
    plan := r->>'id';
  ELSIF TG_ARGV[0] = 'activity-child' THEN
    SELECT "planId"::text INTO plan FROM "Activity" WHERE id = (r->>'activityId')::uuid;
  ELSE
    plan := r->>'planId';
    old_plan := o->>'planId';
  END IF;
  PERFORM pg_notify('kehoach_cache', 'org:' || org || COALESCE(',plan:' || plan, ''));
  IF old_plan IS NOT NULL AND old_plan IS DISTINCT FROM plan THEN
    PERFORM pg_notify('kehoach_cache', 'org:' || org || ',plan:' || old_plan);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "Organization" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('organization');
CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "Unit" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('names');
CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "UnitGroupMember" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('names');
-- A user's row changes at every sign-in; only the name (printed beside their updates) matters here.
CREATE TRIGGER kehoach_cache AFTER UPDATE OF "displayName" ON "User" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('names');
CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "Plan" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('plan');
CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "Phase" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('plan-child');
CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "Activity" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('plan-child');
CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "ActivitySupport" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('activity-child');
CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "ActivityUpdate" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('activity-child');
CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "ActivityTarget" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('activity-child');
