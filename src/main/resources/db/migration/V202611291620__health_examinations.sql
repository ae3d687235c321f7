-- Health (issue 7 item 5): the admission check (入托体检) every child passes before the first day,
-- and the periodic checks (定期体检) by age, with hearing and haemoglobin results and the doctor's
-- document.
CREATE TABLE health_examination (
  id                 uuid PRIMARY KEY,
  child_id           uuid NOT NULL REFERENCES family_child (id),
  institution_id     uuid NOT NULL REFERENCES institution_institution (id),
  division_code      text NOT NULL,
  kind               text NOT NULL CHECK (kind IN ('ADMISSION', 'PERIODIC')),
  examined_on        date NOT NULL,
  passed             boolean NOT NULL,
  doctor_name        text NOT NULL CHECK (length(doctor_name) BETWEEN 1 AND 50),
  facility           text CHECK (length(facility) <= 100),
  hearing            text CHECK (hearing IN ('PASS', 'REFER', 'NOT_DONE')),
  haemoglobin        integer CHECK (haemoglobin BETWEEN 50 AND 200),
  note               text CHECK (length(note) <= 500),
  document           bytea,
  document_type      text CHECK (document_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  recorded_by        uuid REFERENCES platform_account (id),
  recorded_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((document IS NULL) = (document_type IS NULL))
);
CREATE INDEX health_examination_child_idx ON health_examination (child_id, examined_on);
CREATE INDEX health_examination_admission_idx ON health_examination (child_id) WHERE kind = 'ADMISSION' AND passed;
COMMENT ON TABLE health_examination IS 'Admission (入托体检) and periodic (定期体检) health checks of a child: day, result, doctor, facility, hearing, haemoglobin (g/L), the document; recorded_by is null for rows loaded in bulk (demo data)';
