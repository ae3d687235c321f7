-- Health (issue 6 items 3-5): morning and noon checks (晨午检), outbreak signals from the same
-- symptom in one class, incidents and injuries, and the re-examination (返园体检) of a child back
-- after three months or more away.
CREATE TABLE health_daily_check (
  id             uuid PRIMARY KEY,
  child_id       uuid NOT NULL REFERENCES family_child (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  class_id       uuid NOT NULL REFERENCES institution_class (id),
  division_code  text NOT NULL,
  day            date NOT NULL,
  session        text NOT NULL CHECK (session IN ('MORNING', 'NOON')),
  temperature    numeric(3,1) NOT NULL CHECK (temperature BETWEEN 35.0 AND 42.0),
  symptoms       text[] NOT NULL DEFAULT '{}'
                 CHECK (symptoms <@ ARRAY['FEVER', 'COUGH', 'RASH', 'DIARRHOEA', 'VOMITING', 'MOUTH_HAND_BLISTERS',
                                          'EYE_REDNESS', 'OTHER']::text[]),
  note           text CHECK (length(note) <= 200),
  outcome        text NOT NULL CHECK (outcome IN ('ATTEND', 'OBSERVE', 'SENT_HOME')),
  checked_by     uuid NOT NULL REFERENCES platform_account (id),
  checked_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (child_id, day, session)
);
CREATE INDEX health_daily_check_class_day_idx ON health_daily_check (class_id, day);
CREATE INDEX health_daily_check_institution_day_idx ON health_daily_check (institution_id, day);
COMMENT ON TABLE health_daily_check IS 'Morning and noon checks (晨午检): one per child, day and session; temperature, symptoms seen and whether the child attends, is observed or sent home. A second entry for the same session corrects the first (audited)';

CREATE TABLE health_outbreak_signal (
  id               uuid PRIMARY KEY,
  institution_id   uuid NOT NULL REFERENCES institution_institution (id),
  class_id         uuid NOT NULL REFERENCES institution_class (id),
  division_code    text NOT NULL,
  symptom          text NOT NULL CHECK (symptom IN ('FEVER', 'COUGH', 'RASH', 'DIARRHOEA', 'VOMITING',
                                                    'MOUTH_HAND_BLISTERS', 'EYE_REDNESS', 'OTHER')),
  opened_on        date NOT NULL,
  same_day_count   integer NOT NULL CHECK (same_day_count >= 0),
  window_count     integer NOT NULL CHECK (window_count >= 0),
  status           text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
  opened_at        timestamptz NOT NULL DEFAULT now(),
  handling_note    text CHECK (length(handling_note) <= 1000),
  handled_by       uuid REFERENCES platform_account (id),
  handled_at       timestamptz,
  CHECK ((status = 'CLOSED') = (handled_at IS NOT NULL AND handling_note IS NOT NULL))
);
-- At most one open signal per class and symptom: concurrent checks open one.
CREATE UNIQUE INDEX health_outbreak_signal_open_idx ON health_outbreak_signal (class_id, symptom) WHERE status = 'OPEN';
CREATE INDEX health_outbreak_signal_division_idx ON health_outbreak_signal (division_code, status);
CREATE INDEX health_outbreak_signal_institution_idx ON health_outbreak_signal (institution_id, status);
COMMENT ON TABLE health_outbreak_signal IS 'Outbreak signals (疫情信号): the same symptom in one class reached the same-day or the window threshold; open until a district administrator records how it was handled';

CREATE TABLE health_outbreak_case (
  signal_id uuid NOT NULL REFERENCES health_outbreak_signal (id),
  child_id  uuid NOT NULL REFERENCES family_child (id),
  day       date NOT NULL,
  PRIMARY KEY (signal_id, child_id, day)
);
COMMENT ON TABLE health_outbreak_case IS 'The cases behind an outbreak signal: each child with the symptom and the days it was seen, within the window';

CREATE TABLE health_incident (
  id                uuid PRIMARY KEY,
  child_id          uuid NOT NULL REFERENCES family_child (id),
  institution_id    uuid NOT NULL REFERENCES institution_institution (id),
  division_code     text NOT NULL,
  type              text NOT NULL CHECK (type IN ('FALL', 'CHOKING', 'BURN', 'BITE', 'SCALD', 'FOREIGN_BODY', 'OTHER')),
  severity          text NOT NULL CHECK (severity IN ('MINOR', 'MODERATE', 'SERIOUS')),
  occurred_at       timestamptz NOT NULL,
  place             text NOT NULL CHECK (length(place) BETWEEN 1 AND 100),
  description       text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
  first_aid         text CHECK (length(first_aid) <= 2000),
  guardians_told_at timestamptz,
  district_told_at  timestamptz,
  report_deadline   timestamptz,
  recorded_by       uuid NOT NULL REFERENCES platform_account (id),
  recorded_at       timestamptz NOT NULL DEFAULT now(),
  CHECK ((severity = 'SERIOUS') = (report_deadline IS NOT NULL))
);
CREATE INDEX health_incident_institution_idx ON health_incident (institution_id, occurred_at);
CREATE INDEX health_incident_serious_idx ON health_incident (division_code, occurred_at) WHERE severity = 'SERIOUS';
COMMENT ON TABLE health_incident IS 'Incidents and injuries (事故伤害) of a child at an institution: what happened, first aid, when the guardians and (for a serious one, by its deadline) the district were told';

CREATE TABLE health_reexamination (
  id             uuid PRIMARY KEY,
  child_id       uuid NOT NULL REFERENCES family_child (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  division_code  text NOT NULL,
  examined_on    date NOT NULL,
  passed         boolean NOT NULL,
  note           text CHECK (length(note) <= 500),
  recorded_by    uuid NOT NULL REFERENCES platform_account (id),
  recorded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX health_reexamination_child_idx ON health_reexamination (child_id, examined_on);
COMMENT ON TABLE health_reexamination IS 'Re-examinations (返园体检) of a child returning after three months or more away: the day, whether it passed and a note';
