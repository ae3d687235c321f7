-- The guidance figures recomputed in full joined millions of yearly counts with their children only to learn each
-- child's area, age span and care. Each yearly count now carries a copy of those facts of its child, kept equal to
-- the register by triggers (whatever writes either table), so that the served half of the count reads one narrow
-- table. The copies are never written by the application.

ALTER TABLE guidance_child_year
  ADD COLUMN area_code     text,
  ADD COLUMN birth_date    date,
  ADD COLUMN registered_on date,
  ADD COLUMN exited_on     date,
  ADD COLUMN status        text,
  ADD COLUMN enrolled      boolean;

UPDATE guidance_child_year y
SET area_code = coalesce(c.community_code, c.division_code), birth_date = c.birth_date, registered_on = c.registered_on,
  exited_on = c.exited_on, status = c.status, enrolled = c.enrolled
FROM guidance_child c
WHERE c.id = y.child_id;

ALTER TABLE guidance_child_year
  ALTER COLUMN area_code SET NOT NULL,
  ALTER COLUMN birth_date SET NOT NULL,
  ALTER COLUMN registered_on SET NOT NULL,
  ALTER COLUMN status SET NOT NULL,
  ALTER COLUMN enrolled SET NOT NULL;

CREATE INDEX guidance_child_year_area_idx ON guidance_child_year (area_code);

COMMENT ON COLUMN guidance_child_year.area_code IS 'copy of the child''s community (or street when the community is not known), kept by triggers';
COMMENT ON COLUMN guidance_child_year.birth_date IS 'copy of guidance_child.birth_date, kept by triggers';
COMMENT ON COLUMN guidance_child_year.registered_on IS 'copy of guidance_child.registered_on, kept by triggers';
COMMENT ON COLUMN guidance_child_year.exited_on IS 'copy of guidance_child.exited_on, kept by triggers';
COMMENT ON COLUMN guidance_child_year.status IS 'copy of guidance_child.status, kept by triggers';
COMMENT ON COLUMN guidance_child_year.enrolled IS 'copy of guidance_child.enrolled, kept by triggers';

-- A new yearly count takes its child's facts, whatever the inserting statement says.
CREATE FUNCTION guidance_child_year_take_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT coalesce(c.community_code, c.division_code), c.birth_date, c.registered_on, c.exited_on, c.status, c.enrolled
  INTO NEW.area_code, NEW.birth_date, NEW.registered_on, NEW.exited_on, NEW.status, NEW.enrolled
  FROM guidance_child c WHERE c.id = NEW.child_id;
  RETURN NEW;
END $$;

CREATE TRIGGER guidance_child_year_facts BEFORE INSERT OR UPDATE OF child_id ON guidance_child_year
  FOR EACH ROW EXECUTE FUNCTION guidance_child_year_take_facts();

-- A change to a child's facts reaches its yearly counts in the same statement.
CREATE FUNCTION guidance_child_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE guidance_child_year y
  SET area_code = coalesce(n.community_code, n.division_code), birth_date = n.birth_date, registered_on = n.registered_on,
    exited_on = n.exited_on, status = n.status, enrolled = n.enrolled
  FROM new_rows n
  WHERE y.child_id = n.id
    AND (y.area_code, y.birth_date, y.registered_on, y.exited_on, y.status, y.enrolled)
      IS DISTINCT FROM (coalesce(n.community_code, n.division_code), n.birth_date, n.registered_on, n.exited_on, n.status, n.enrolled);
  RETURN NULL;
END $$;

CREATE TRIGGER guidance_child_facts AFTER UPDATE ON guidance_child
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION guidance_child_facts_changed();

-- The years a child counts in the register, as the indicators define them: from the later of its registration and
-- birth to the earlier of its exit and the last year it is under the register's age on 1 January. One definition
-- for the register's half and the yearly counts' half of the figures (inlined by the planner).
CREATE FUNCTION guidance_first_year(registered_on date, birth_date date) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN extract(year FROM greatest(registered_on, birth_date))::integer;

CREATE FUNCTION guidance_last_year(birth_date date, exited_on date, max_age_months integer) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN least(extract(year FROM coalesce(exited_on, 'infinity'::date)),
    extract(year FROM birth_date + make_interval(months => max_age_months) - interval '1 day'))::integer;

-- the totals are recounted from the new columns
INSERT INTO guidance_area_dirty (area_code) VALUES ('*');

-- The areas a write to the yearly counts touches are on the rows themselves now.
CREATE OR REPLACE FUNCTION guidance_mark_year_areas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO guidance_area_dirty (area_code) SELECT DISTINCT area_code FROM new_rows;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO guidance_area_dirty (area_code) SELECT DISTINCT area_code FROM old_rows;
  END IF;
  RETURN NULL;
END $$;
