-- The shape of a unit's work list (its groups' counts and the rows each shows:
-- components/activities/cached-work.ts) follows from the activities'
-- statuses, end dates, order and units, never their progress: it is cached
-- apart under unit:<id>:schedule, which every activity-level write other than
-- a progress report notifies for the units it concerns (the lead, before and
-- after; the supporters; a supporter added or removed), as
-- 20261202100000_cache_tags_schedule does for plans and phases.
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
    tags := ARRAY['org:' || org, 'plan:' || (r->>'planId'), 'phase:' || (r->>'id')] || kehoach_cache_schedule_tags(org, r->>'planId', r->>'id');
    IF o IS NOT NULL AND (o->>'planId') IS DISTINCT FROM (r->>'planId') THEN
      tags := tags || ('plan:' || (o->>'planId')) || ('plan:' || (o->>'planId') || ':schedule');
    END IF;
  ELSIF TG_ARGV[0] = 'activity' THEN
    -- The row as it is (or was, on delete) and, on update, where it was.
    tags := ARRAY['org:' || org || ':work', 'plan:' || (r->>'planId') || ':work', 'phase:' || (r->>'phaseId'), 'unit:' || (r->>'leadUnitId')]
         || COALESCE((SELECT array_agg('unit:' || s."unitId") FROM "ActivitySupport" s WHERE s."activityId" = (r->>'id')::uuid), ARRAY[]::text[]);
    IF o IS NOT NULL THEN
      tags := tags || ARRAY['plan:' || (o->>'planId') || ':work', 'phase:' || (o->>'phaseId'), 'unit:' || (o->>'leadUnitId')];
    END IF;
    IF o IS NULL OR (r - kehoach_cache_progress_columns()) IS DISTINCT FROM (o - kehoach_cache_progress_columns()) THEN
      tags := tags || kehoach_cache_schedule_tags(org, r->>'planId', r->>'phaseId') || ('unit:' || (r->>'leadUnitId') || ':schedule')
           || COALESCE((SELECT array_agg('unit:' || s."unitId" || ':schedule') FROM "ActivitySupport" s WHERE s."activityId" = (r->>'id')::uuid), ARRAY[]::text[]);
      IF o IS NOT NULL THEN
        tags := tags || kehoach_cache_schedule_tags(org, o->>'planId', o->>'phaseId') || ('unit:' || (o->>'leadUnitId') || ':schedule');
      END IF;
    END IF;
  ELSE
    -- activity-child: ActivitySupport, ActivityUpdate, ActivityTarget. When
    -- the activity itself is being deleted its own trigger has said it all.
    tags := COALESCE(kehoach_cache_activity_tags((r->>'activityId')::uuid), ARRAY['org:' || org || ':work']);
    IF TG_ARGV[0] = 'support' THEN
      -- Who supports an activity is counted in the tables by unit.
      tags := tags || ('unit:' || (r->>'unitId')) || ('unit:' || (r->>'unitId') || ':schedule')
           || COALESCE((SELECT kehoach_cache_schedule_tags(org, a."planId"::text, a."phaseId"::text) FROM "Activity" a WHERE a.id = (r->>'activityId')::uuid), ARRAY['org:' || org || ':schedule']);
      IF o IS NOT NULL THEN
        tags := tags || ('unit:' || (o->>'unitId')) || ('unit:' || (o->>'unitId') || ':schedule');
      END IF;
    END IF;
  END IF;
  PERFORM pg_notify('kehoach_cache', array_to_string(ARRAY(SELECT DISTINCT t FROM unnest(tags) t WHERE t IS NOT NULL ORDER BY t), ','));
  RETURN NULL;
END
$$;
