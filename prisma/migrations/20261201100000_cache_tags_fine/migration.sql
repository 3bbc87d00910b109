-- Finer cache tags (lib/cache/tags.ts), so that a progress update re-renders
-- what shows that activity, not every fragment of its plan and organisation.
-- Same mechanism as 20261201074000_cache_invalidation: notified at commit,
-- dropped on rollback, one LISTEN per app instance.
--
-- Tags: org:<id>         the organisation, its plans or phases changed
--       org:<id>:work    any activity-level write of the organisation
--       org:<id>:names   names every fragment prints (organisation, units, users)
--       plan:<id>        the plan row or its phases changed
--       plan:<id>:work   an activity-level write in the plan
--       phase:<id>       an activity-level write in the phase, or the phase row
--       unit:<id>        an activity-level write on an activity the unit leads or supports
-- "Activity-level": Activity, ActivitySupport, ActivityUpdate, ActivityTarget.
-- A fragment is tagged with what it reads; one that reads a plan and its
-- activities carries plan:<id> and plan:<id>:work.
CREATE OR REPLACE FUNCTION kehoach_cache_activity_tags(activity uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT ARRAY['org:' || a."organizationId" || ':work', 'plan:' || a."planId" || ':work', 'phase:' || a."phaseId", 'unit:' || a."leadUnitId"]
         || COALESCE((SELECT array_agg('unit:' || s."unitId") FROM "ActivitySupport" s WHERE s."activityId" = a.id), ARRAY[]::text[])
  FROM "Activity" a WHERE a.id = activity
$$;

CREATE OR REPLACE FUNCTION kehoach_cache_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  r jsonb := to_jsonb(COALESCE(NEW, OLD));
  o jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) ELSE NULL END;
  org text := r->>'organizationId';
  tags text[];
BEGIN
  IF TG_ARGV[0] = 'organization' THEN
    tags := ARRAY['org:' || (r->>'id'), 'org:' || (r->>'id') || ':names'];
  ELSIF TG_ARGV[0] = 'names' THEN
    tags := ARRAY['org:' || org, 'org:' || org || ':names'];
  ELSIF TG_ARGV[0] = 'plan' THEN
    tags := ARRAY['org:' || org, 'plan:' || (r->>'id')];
  ELSIF TG_ARGV[0] = 'phase' THEN
    tags := ARRAY['org:' || org, 'plan:' || (r->>'planId'), 'phase:' || (r->>'id')];
    IF o IS NOT NULL AND (o->>'planId') IS DISTINCT FROM (r->>'planId') THEN
      tags := tags || ('plan:' || (o->>'planId'));
    END IF;
  ELSIF TG_ARGV[0] = 'activity' THEN
    -- The row as it is (or was, on delete) and, on update, where it was.
    tags := ARRAY['org:' || org || ':work', 'plan:' || (r->>'planId') || ':work', 'phase:' || (r->>'phaseId'), 'unit:' || (r->>'leadUnitId')]
         || COALESCE((SELECT array_agg('unit:' || s."unitId") FROM "ActivitySupport" s WHERE s."activityId" = (r->>'id')::uuid), ARRAY[]::text[]);
    IF o IS NOT NULL THEN
      tags := tags || ARRAY['plan:' || (o->>'planId') || ':work', 'phase:' || (o->>'phaseId'), 'unit:' || (o->>'leadUnitId')];
    END IF;
  ELSE
    -- activity-child: ActivitySupport, ActivityUpdate, ActivityTarget. When
    -- the activity itself is being deleted its own trigger has said it all.
    tags := COALESCE(kehoach_cache_activity_tags((r->>'activityId')::uuid), ARRAY['org:' || org || ':work']);
    IF TG_ARGV[0] = 'support' THEN
      tags := tags || ('unit:' || (r->>'unitId'));
      IF o IS NOT NULL THEN
        tags := tags || ('unit:' || (o->>'unitId'));
      END IF;
    END IF;
  END IF;
  PERFORM pg_notify('kehoach_cache', array_to_string(ARRAY(SELECT DISTINCT t FROM unnest(tags) t WHERE t IS NOT NULL ORDER BY t), ','));
  RETURN NULL;
END
$$;

DROP TRIGGER kehoach_cache ON "Phase";
DROP TRIGGER kehoach_cache ON "Activity";
DROP TRIGGER kehoach_cache ON "ActivitySupport";
CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "Phase" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('phase');
CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "Activity" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('activity');
CREATE TRIGGER kehoach_cache AFTER INSERT OR UPDATE OR DELETE ON "ActivitySupport" FOR EACH ROW EXECUTE FUNCTION kehoach_cache_notify('support');
