-- Weekly menu (每周食谱) and weekly plan (周计划), issue 19: an institution writes them per class type
-- and week (Monday to Sunday) as a draft and publishes them; the families of the children placed in a
-- class of that type see the published ones. Saving replaces the week's dishes and plan days.

CREATE TABLE messaging_menu_week (
  id              uuid PRIMARY KEY,
  institution_id  uuid NOT NULL REFERENCES institution_institution (id),
  division_code   text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  class_type      text NOT NULL CHECK (class_type IN ('INFANT', 'TODDLER', 'OLDER_TODDLER', 'MIXED', 'FAMILY_POINT')),
  week_start      date NOT NULL CHECK (extract(isodow FROM week_start) = 1),
  status          text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
  copied_from     uuid REFERENCES messaging_menu_week (id),
  updated_by      uuid NOT NULL REFERENCES platform_account (id),
  updated_by_name text NOT NULL,
  updated_at      timestamptz NOT NULL,
  published_by    uuid REFERENCES platform_account (id),
  published_at    timestamptz,
  UNIQUE (institution_id, class_type, week_start),
  CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
COMMENT ON TABLE messaging_menu_week IS 'An institution''s weekly menu and plan (每周食谱与周计划) for one class type and week, a draft or published';

CREATE TABLE messaging_menu_dish (
  id             uuid PRIMARY KEY,
  week_id        uuid NOT NULL REFERENCES messaging_menu_week (id) ON DELETE CASCADE,
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  division_code  text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  day            date NOT NULL,
  meal           text NOT NULL CHECK (meal IN ('BREAKFAST', 'MORNING_SNACK', 'LUNCH', 'AFTERNOON_SNACK', 'SUPPER')),
  position       int NOT NULL CHECK (position BETWEEN 0 AND 19),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  ingredients    text[] NOT NULL CHECK (cardinality(ingredients) <= 20),
  UNIQUE (week_id, day, meal, position)
);
COMMENT ON TABLE messaging_menu_dish IS 'A dish of a weekly menu: its day, meal, name and main ingredients (matched against children''s allergens)';

CREATE TABLE messaging_menu_plan_day (
  week_id        uuid NOT NULL REFERENCES messaging_menu_week (id) ON DELETE CASCADE,
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  division_code  text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  day            date NOT NULL,
  theme          text CHECK (length(theme) <= 100),
  activities     text CHECK (length(activities) <= 1000),
  goals          text CHECK (length(goals) <= 500),
  PRIMARY KEY (week_id, day),
  CHECK (theme IS NOT NULL OR activities IS NOT NULL OR goals IS NOT NULL)
);
COMMENT ON TABLE messaging_menu_plan_day IS 'One day of a weekly plan (周计划): its theme, activities and goals';
