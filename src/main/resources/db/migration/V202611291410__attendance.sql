-- Daily attendance (issue 6): children's and caregivers' check-ins and check-outs, absences reported
-- by guardians, refused pick-ups, follow-ups of unexplained absences, ratio breaches and gate devices.
CREATE TABLE attendance_visit (
  id             uuid PRIMARY KEY,
  child_id       uuid NOT NULL REFERENCES family_child (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  class_id       uuid NOT NULL REFERENCES institution_class (id),
  division_code  text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  day            date NOT NULL,
  checked_in_at  timestamptz NOT NULL,
  checked_in_by  uuid REFERENCES platform_account (id),
  checked_out_at timestamptz,
  checked_out_by uuid REFERENCES platform_account (id),
  device_id      uuid,
  pickup_id      uuid REFERENCES family_pickup (id),
  pickup_name    text,
  late           boolean NOT NULL DEFAULT false,
  CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at)
);
-- a child is checked in at most once at a time
CREATE UNIQUE INDEX attendance_visit_open_idx ON attendance_visit (child_id) WHERE checked_out_at IS NULL;
CREATE INDEX attendance_visit_class_day_idx ON attendance_visit (class_id, day);
CREATE INDEX attendance_visit_institution_day_idx ON attendance_visit (institution_id, day);
CREATE INDEX attendance_visit_child_day_idx ON attendance_visit (child_id, day DESC);
COMMENT ON TABLE attendance_visit IS 'A child''s stay at the institution: checked in, checked out to an authorised pick-up person';

CREATE TABLE attendance_staff_visit (
  id             uuid PRIMARY KEY,
  person_id      uuid NOT NULL REFERENCES staff_person (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  class_id       uuid NOT NULL REFERENCES institution_class (id),
  division_code  text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  day            date NOT NULL,
  checked_in_at  timestamptz NOT NULL,
  checked_out_at timestamptz,
  CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at)
);
CREATE UNIQUE INDEX attendance_staff_visit_open_idx ON attendance_staff_visit (person_id) WHERE checked_out_at IS NULL;
CREATE INDEX attendance_staff_visit_class_day_idx ON attendance_staff_visit (class_id, day);
COMMENT ON TABLE attendance_staff_visit IS 'A caregiver''s time in a class, checked in and out';

CREATE TABLE attendance_absence (
  id           uuid PRIMARY KEY,
  child_id     uuid NOT NULL REFERENCES family_child (id),
  first_day    date NOT NULL,
  last_day     date NOT NULL,
  reason       text NOT NULL CHECK (reason IN ('ILLNESS', 'LEAVE')),
  symptoms     text[] NOT NULL DEFAULT '{}',
  note         text CHECK (length(note) <= 200),
  reported_by  uuid NOT NULL REFERENCES platform_account (id),
  reported_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (last_day >= first_day)
);
CREATE INDEX attendance_absence_child_idx ON attendance_absence (child_id, last_day);
COMMENT ON TABLE attendance_absence IS 'Absences reported by a guardian: illness with symptoms, or leave';

CREATE TABLE attendance_refused_pickup (
  id             uuid PRIMARY KEY,
  child_id       uuid NOT NULL REFERENCES family_child (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  division_code  text NOT NULL,
  person_name    text NOT NULL CHECK (length(person_name) BETWEEN 1 AND 30),
  refused_at     timestamptz NOT NULL,
  refused_by     uuid REFERENCES platform_account (id)
);
CREATE INDEX attendance_refused_pickup_institution_idx ON attendance_refused_pickup (institution_id, refused_at);
COMMENT ON TABLE attendance_refused_pickup IS 'Someone not on the child''s pick-up list who asked to take the child: refused, guardians told';

CREATE TABLE attendance_follow_up (
  id             uuid PRIMARY KEY,
  child_id       uuid NOT NULL REFERENCES family_child (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  day            date NOT NULL,
  note           text NOT NULL CHECK (length(note) BETWEEN 1 AND 200),
  recorded_by    uuid NOT NULL REFERENCES platform_account (id),
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (child_id, day)
);
COMMENT ON TABLE attendance_follow_up IS 'How an unexplained absence was followed up on the day';

CREATE TABLE attendance_ratio_breach (
  id             uuid PRIMARY KEY,
  class_id       uuid NOT NULL REFERENCES institution_class (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  division_code  text NOT NULL,
  started_at     timestamptz NOT NULL,
  ended_at       timestamptz,
  most_children  int NOT NULL,
  fewest_caregivers int NOT NULL
);
CREATE UNIQUE INDEX attendance_ratio_breach_open_idx ON attendance_ratio_breach (class_id) WHERE ended_at IS NULL;
CREATE INDEX attendance_ratio_breach_division_idx ON attendance_ratio_breach (division_code text_pattern_ops, started_at);
COMMENT ON TABLE attendance_ratio_breach IS 'A time a class had more children present than its caregivers present may look after';

CREATE TABLE attendance_device (
  id             uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
  token_hash     text NOT NULL UNIQUE,
  token_prefix   text NOT NULL,
  created_by     uuid NOT NULL REFERENCES platform_account (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  last_used_at   timestamptz,
  revoked_at     timestamptz
);
COMMENT ON TABLE attendance_device IS 'Gate terminals (card or face) of an institution, with their API token (hash only)';
