-- Training hours and the head's qualifications (degree, years in the field).
CREATE TABLE staff_training (
  id             uuid PRIMARY KEY,
  person_id      uuid NOT NULL REFERENCES staff_person (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  course         text NOT NULL CHECK (length(course) BETWEEN 1 AND 100),
  provider       text NOT NULL CHECK (length(provider) BETWEEN 1 AND 100),
  hours          numeric(5, 1) NOT NULL CHECK (hours > 0 AND hours <= 1000),
  taken_on       date NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_training_person_idx ON staff_training (person_id);

ALTER TABLE staff_person
  ADD COLUMN education text CHECK (education IN ('HIGH_SCHOOL', 'SECONDARY_VOCATIONAL', 'COLLEGE', 'BACHELOR', 'POSTGRADUATE')),
  ADD COLUMN experience_since smallint CHECK (experience_since BETWEEN 1950 AND 2100);
