-- Health (issue 7): the child's growth record (成长档案). Each measurement keeps what was measured,
-- by whom and where, and the z-scores the WHO standard gave on the day it was recorded, with the
-- standard and table version, so summaries can count findings without recomputing.
CREATE TABLE health_growth_measurement (
  id                     uuid PRIMARY KEY,
  child_id               uuid NOT NULL REFERENCES family_child (id),
  institution_id         uuid NOT NULL REFERENCES institution_institution (id),
  division_code          text NOT NULL,
  measured_on            date NOT NULL,
  age_days               integer NOT NULL CHECK (age_days BETWEEN 0 AND 2191),
  weight_kg              numeric(5,2) CHECK (weight_kg > 0),
  length_cm              numeric(5,2) CHECK (length_cm > 0),
  length_method          text CHECK (length_method IN ('LYING', 'STANDING')),
  head_circumference_cm  numeric(5,2) CHECK (head_circumference_cm > 0),
  measured_by            uuid NOT NULL REFERENCES platform_account (id),
  created_at             timestamptz NOT NULL DEFAULT now(),
  standard               text NOT NULL,
  standard_tables        text NOT NULL,
  weight_for_age_z       numeric(6,2),
  weight_for_age_class   text,
  length_for_age_z       numeric(6,2),
  length_for_age_class   text,
  weight_for_length_z    numeric(6,2),
  weight_for_length_class text,
  bmi_for_age_z          numeric(6,2),
  bmi_for_age_class      text,
  head_for_age_z         numeric(6,2),
  head_for_age_class     text,
  implausible            text[] NOT NULL DEFAULT '{}'
                         CHECK (implausible <@ ARRAY['WEIGHT_FOR_AGE', 'LENGTH_FOR_AGE', 'WEIGHT_FOR_LENGTH', 'BMI_FOR_AGE',
                                                     'HEAD_CIRCUMFERENCE_FOR_AGE']::text[]),
  CHECK (weight_kg IS NOT NULL OR length_cm IS NOT NULL OR head_circumference_cm IS NOT NULL),
  CHECK ((length_cm IS NULL) = (length_method IS NULL)),
  CHECK ((weight_for_age_z IS NULL) = (weight_for_age_class IS NULL)),
  CHECK ((length_for_age_z IS NULL) = (length_for_age_class IS NULL)),
  CHECK ((weight_for_length_z IS NULL) = (weight_for_length_class IS NULL)),
  CHECK ((bmi_for_age_z IS NULL) = (bmi_for_age_class IS NULL)),
  CHECK ((head_for_age_z IS NULL) = (head_for_age_class IS NULL))
);
CREATE INDEX health_growth_measurement_child_idx ON health_growth_measurement (child_id, measured_on);
CREATE INDEX health_growth_measurement_institution_idx ON health_growth_measurement (institution_id, measured_on);
CREATE INDEX health_growth_measurement_division_idx ON health_growth_measurement (division_code text_pattern_ops, measured_on);
COMMENT ON TABLE health_growth_measurement IS 'Growth measurements (生长监测) of a child: weight, length/height with how it was measured, head circumference, who measured and where, and the WHO 2006 z-scores with their classification and the standard and tables they came from; implausible lists the indicators the user confirmed after being asked to re-measure';
