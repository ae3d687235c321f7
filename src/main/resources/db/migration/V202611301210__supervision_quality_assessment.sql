CREATE TABLE supervision_assessment (
  id               uuid PRIMARY KEY,
  institution_id   uuid NOT NULL REFERENCES institution_institution (id),
  division_code    text NOT NULL,
  year             integer NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  status           text NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
  self_total       integer,
  reviewed_total   integer,
  grade            text CHECK (grade IN ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
  review_comment   text,
  started_by       uuid NOT NULL,
  started_at       timestamptz NOT NULL,
  submitted_at     timestamptz,
  reviewed_by      uuid,
  reviewed_by_name text,
  reviewed_at      timestamptz,
  approved_on      date,
  CONSTRAINT supervision_assessment_yearly UNIQUE (institution_id, year),
  CONSTRAINT supervision_assessment_graded CHECK ((status = 'APPROVED') = (grade IS NOT NULL AND approved_on IS NOT NULL))
);
COMMENT ON TABLE supervision_assessment IS 'Quality assessment of an institution (WS/T 821 质量评估) for a year: self-assessed by the institution, reviewed by the regulator; approved, its total maps to a published grade (等级评定).';
CREATE UNIQUE INDEX supervision_assessment_one_open ON supervision_assessment (institution_id)
  WHERE status IN ('DRAFT', 'SUBMITTED', 'RETURNED');
CREATE INDEX supervision_assessment_division ON supervision_assessment (division_code text_pattern_ops);

CREATE TABLE supervision_assessment_score (
  assessment_id  uuid NOT NULL REFERENCES supervision_assessment (id),
  dimension      text NOT NULL CHECK (dimension IN ('CONDITIONS', 'STAFF', 'CARE', 'HEALTH_CARE', 'PARENTING_SUPPORT',
                   'SAFETY', 'MANAGEMENT')),
  max_points     integer NOT NULL CHECK (max_points > 0),
  self_score     integer CHECK (self_score BETWEEN 0 AND max_points),
  note           text,
  reviewed_score integer CHECK (reviewed_score BETWEEN 0 AND max_points),
  review_comment text,
  PRIMARY KEY (assessment_id, dimension)
);
COMMENT ON TABLE supervision_assessment_score IS 'One of the 7 WS/T 821 dimensions of a quality assessment: the maximum points when it started, the self-assessed score with a note, the reviewed score with a comment.';
