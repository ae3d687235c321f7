-- Daily report (一日生活记录, issue 19): what caregivers record through a child's day at the institution
-- (meals, drinks, naps, nappies and toilet, mood, activities, notes), the medicine log against the
-- guardians' written requests, and the end-of-day summaries sent to the guardians. Entries are never
-- deleted: a correction replaces an entry, a withdrawal marks it, both keep who and when.

CREATE TABLE messaging_daily_medicine_request (
  id                uuid PRIMARY KEY,
  child_id          uuid NOT NULL REFERENCES family_child (id),
  institution_id    uuid NOT NULL REFERENCES institution_institution (id),
  division_code     text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  day               date NOT NULL,
  medication        text NOT NULL CHECK (length(medication) BETWEEN 1 AND 100),
  dose              text NOT NULL CHECK (length(dose) BETWEEN 1 AND 50),
  times             time[] NOT NULL CHECK (cardinality(times) BETWEEN 1 AND 6),
  note              text CHECK (length(note) <= 200),
  requested_by      uuid NOT NULL REFERENCES platform_account (id),
  requested_by_name text NOT NULL,
  requested_at      timestamptz NOT NULL,
  cancelled_at      timestamptz
);
CREATE INDEX messaging_daily_medicine_request_child_idx ON messaging_daily_medicine_request (child_id, day);
CREATE INDEX messaging_daily_medicine_request_institution_idx ON messaging_daily_medicine_request (institution_id, day);
COMMENT ON TABLE messaging_daily_medicine_request IS 'A guardian''s written request (服药委托) that the institution give a child medicine on a day: medication, dose and times';

CREATE TABLE messaging_daily_entry (
  id                  uuid PRIMARY KEY,
  child_id            uuid NOT NULL REFERENCES family_child (id),
  institution_id      uuid NOT NULL REFERENCES institution_institution (id),
  class_id            uuid NOT NULL REFERENCES institution_class (id),
  division_code       text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  day                 date NOT NULL,
  kind                text NOT NULL CHECK (kind IN ('MEAL', 'DRINK', 'NAP', 'NAPPY', 'MOOD', 'ACTIVITY', 'NOTE', 'MEDICINE')),
  at                  timestamptz NOT NULL,
  ends_at             timestamptz,
  meal                text CHECK (meal IN ('BREAKFAST', 'MORNING_SNACK', 'LUNCH', 'AFTERNOON_SNACK', 'SUPPER')),
  portion             text CHECK (portion IN ('ALL', 'MOST', 'LITTLE', 'NONE')),
  millilitres         int CHECK (millilitres BETWEEN 1 AND 1000),
  drink_amount        text CHECK (drink_amount IN ('LITTLE', 'MODERATE', 'MUCH')),
  nappy               text CHECK (nappy IN ('WET', 'SOILED', 'TOILET')),
  mood                text CHECK (mood IN ('HAPPY', 'CALM', 'CRYING', 'UNWELL', 'SLEEPY')),
  text                text CHECK (length(text) BETWEEN 1 AND 500),
  medicine_request_id uuid REFERENCES messaging_daily_medicine_request (id),
  batch_id            uuid NOT NULL,
  replaces_id         uuid REFERENCES messaging_daily_entry (id),
  status              text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CORRECTED', 'WITHDRAWN')),
  recorded_by         uuid NOT NULL REFERENCES platform_account (id),
  recorded_by_name    text NOT NULL,
  recorded_at         timestamptz NOT NULL,
  nap_ended_by        uuid REFERENCES platform_account (id),
  changed_by          uuid REFERENCES platform_account (id),
  changed_at          timestamptz,
  withdrawal_reason   text CHECK (length(withdrawal_reason) <= 200),
  CHECK (kind <> 'MEAL' OR (meal IS NOT NULL AND portion IS NOT NULL)),
  CHECK (kind <> 'DRINK' OR millilitres IS NOT NULL OR drink_amount IS NOT NULL),
  CHECK (kind <> 'NAPPY' OR nappy IS NOT NULL),
  CHECK (kind <> 'MOOD' OR mood IS NOT NULL),
  CHECK (kind NOT IN ('ACTIVITY', 'NOTE') OR text IS NOT NULL),
  CHECK ((kind = 'MEDICINE') = (medicine_request_id IS NOT NULL)),
  CHECK (ends_at IS NULL OR (kind = 'NAP' AND ends_at >= at)),
  CHECK ((status = 'ACTIVE') = (changed_at IS NULL))
);
CREATE INDEX messaging_daily_entry_child_day_idx ON messaging_daily_entry (child_id, day);
CREATE INDEX messaging_daily_entry_day_idx ON messaging_daily_entry (day, institution_id);
CREATE INDEX messaging_daily_entry_request_idx ON messaging_daily_entry (medicine_request_id) WHERE medicine_request_id IS NOT NULL;
-- a child sleeps at most one nap at a time on a day (one left open yesterday blocks nothing today)
CREATE UNIQUE INDEX messaging_daily_entry_open_nap_idx ON messaging_daily_entry (child_id, day)
  WHERE kind = 'NAP' AND ends_at IS NULL AND status = 'ACTIVE';
COMMENT ON TABLE messaging_daily_entry IS 'One thing recorded in a child''s day (一日生活记录) by the institution''s staff; corrected or withdrawn entries stay with who changed them and when';
COMMENT ON COLUMN messaging_daily_entry.batch_id IS 'Entries written by one tap for several children share it';
COMMENT ON COLUMN messaging_daily_entry.replaces_id IS 'The entry this one corrects (that one is then CORRECTED)';

CREATE TABLE messaging_daily_summary (
  child_id       uuid NOT NULL REFERENCES family_child (id),
  day            date NOT NULL,
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  division_code  text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  sent_at        timestamptz NOT NULL,
  PRIMARY KEY (child_id, day)
);
COMMENT ON TABLE messaging_daily_summary IS 'The end-of-day summary of a child''s day sent to the guardians'' inbox: once per child and day';
