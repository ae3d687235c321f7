-- The guidance indicators' counts kept per area (a community, or a street for children whose community is not
-- known) and year, so that a province's or the nation's figures add up tens of thousands of rows instead of
-- joining millions of children with their yearly counts. Every write to the register or the yearly counts marks
-- its areas (statement triggers, whatever wrote them); the next figures read recomputes the marked areas.

CREATE TABLE guidance_area_year (
  area_code      text    NOT NULL CHECK (area_code ~ '^[0-9]{9}([0-9]{3})?$'),
  year           integer NOT NULL,
  registered     bigint  NOT NULL CHECK (registered >= 0),
  guided         bigint  NOT NULL CHECK (guided >= 0),
  home_cared     bigint  NOT NULL CHECK (home_cared >= 0),
  reached_quota  bigint  NOT NULL CHECK (reached_quota >= 0),
  PRIMARY KEY (area_code, year)
);
COMMENT ON TABLE guidance_area_year IS 'guidance indicator counts per area and year, recomputed from guidance_child and guidance_child_year for the areas marked in guidance_area_dirty';

CREATE TABLE guidance_area_dirty (
  area_code text NOT NULL
);
COMMENT ON TABLE guidance_area_dirty IS 'areas whose guidance_area_year rows are out of date, appended by triggers; * means every area';

-- The rules the totals were computed with (free sessions a year, the register's age limit): when they change,
-- every area is recomputed.
CREATE TABLE guidance_area_basis (
  free_sessions   integer NOT NULL,
  max_age_months  integer NOT NULL
);
COMMENT ON TABLE guidance_area_basis IS 'the rules guidance_area_year was computed with; one row';

CREATE FUNCTION guidance_mark_child_areas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO guidance_area_dirty (area_code)
    SELECT DISTINCT coalesce(community_code, division_code) FROM new_rows;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO guidance_area_dirty (area_code)
    SELECT DISTINCT coalesce(community_code, division_code) FROM old_rows;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION guidance_mark_year_areas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO guidance_area_dirty (area_code)
    SELECT DISTINCT coalesce(c.community_code, c.division_code) FROM new_rows n JOIN guidance_child c ON c.id = n.child_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO guidance_area_dirty (area_code)
    SELECT DISTINCT coalesce(c.community_code, c.division_code) FROM old_rows o JOIN guidance_child c ON c.id = o.child_id;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION guidance_mark_all_areas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO guidance_area_dirty (area_code) VALUES ('*');
  RETURN NULL;
END $$;

CREATE TRIGGER guidance_child_inserted AFTER INSERT ON guidance_child
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION guidance_mark_child_areas();
CREATE TRIGGER guidance_child_updated AFTER UPDATE ON guidance_child
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION guidance_mark_child_areas();
CREATE TRIGGER guidance_child_deleted AFTER DELETE ON guidance_child
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION guidance_mark_child_areas();
CREATE TRIGGER guidance_child_truncated AFTER TRUNCATE ON guidance_child
  FOR EACH STATEMENT EXECUTE FUNCTION guidance_mark_all_areas();

CREATE TRIGGER guidance_child_year_inserted AFTER INSERT ON guidance_child_year
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION guidance_mark_year_areas();
CREATE TRIGGER guidance_child_year_updated AFTER UPDATE ON guidance_child_year
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION guidance_mark_year_areas();
CREATE TRIGGER guidance_child_year_deleted AFTER DELETE ON guidance_child_year
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION guidance_mark_year_areas();
CREATE TRIGGER guidance_child_year_truncated AFTER TRUNCATE ON guidance_child_year
  FOR EACH STATEMENT EXECUTE FUNCTION guidance_mark_all_areas();

-- whatever is in the register already is counted by the first read
INSERT INTO guidance_area_dirty (area_code) VALUES ('*');
