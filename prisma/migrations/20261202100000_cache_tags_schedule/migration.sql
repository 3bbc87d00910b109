-- A progress report re-renders what shows progress, not what shows the
-- schedule (lib/cache/tags.ts). The Gantt rows, the tables by unit and the
-- next seven days read an activity's status, dates, units, content and place,
-- never its progress, result, actual dates or reason. An update that changes
-- only those (a unit's progress report, a sub-task's roll-up) now notifies the
-- tags it always did and not the new schedule tags; any other activity-level
-- write notifies both, so a fragment tagged with a schedule tag is stale
-- whenever its data changed.
--
-- New tags: org:<id>:schedule    an activity-level write of the organisation other than a progress report
--           plan:<id>:schedule   the same within the plan, or a change to one of its phases
--           phase:<id>:schedule  the same within the phase, or a change to the phase row
-- The columns a progress report may change, and nothing a schedule reader reads.
-- A column added to Activity is a schedule change until it is named here.
CREATE OR REPLACE FUNCTION kehoach_cache_progress_columns() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['progress', 'progressSetManually', 'result', 'statusReason', 'actualStart', 'actualEnd', 'lastUpdateAt', 'version', 'updatedAt']
$$;

CREATE OR REPLACE FUNCTION kehoach_cache_schedule_tags(org text, plan text, phase text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['org:' || org || ':schedule', 'plan:' || plan || ':schedule', 'phase:' || phase || ':schedule']
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
      tags := tags || kehoach_cache_schedule_tags(org, r->>'planId', r->>'phaseId');
      IF o IS NOT NULL THEN
        tags := tags || kehoach_cache_schedule_tags(org, o->>'planId', o->>'phaseId');
      END IF;
    END IF;
  ELSE
    -- activity-child: ActivitySupport, ActivityUpdate, ActivityTarget. When
    -- the activity itself is being deleted its own trigger has said it all.
    tags := COALESCE(kehoach_cache_activity_tags((r->>'activityId')::uuid), ARRAY['org:' || org || ':work']);
    IF TG_ARGV[0] = 'support' THEN
      -- Who supports an activity is counted in the tables by unit.
      tags := tags || ('unit:' || (r->>'unitId'))
           || COALESCE((SELECT kehoach_cache_schedule_tags(org, a."planId"::text, a."phaseId"::text) FROM "Activity" a WHERE a.id = (r->>'activityId')::uuid), ARRAY['org:' || org || ':schedule']);
      IF o IS NOT NULL THEN
        tags := tags || ('unit:' || (o->>'unitId'));
      END IF;
    END IF;
  END IF;
  PERFORM pg_notify('kehoach_cache', array_to_string(ARRAY(SELECT DISTINCT t FROM unnest(tags) t WHERE t IS NOT NULL ORDER BY t), ','));
  RETURN NULL;
END
$$;
