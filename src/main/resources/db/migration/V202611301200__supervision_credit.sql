CREATE TABLE supervision_credit_score (
  institution_id uuid PRIMARY KEY REFERENCES institution_institution (id),
  division_code  text NOT NULL,
  score          integer NOT NULL,
  tier           text NOT NULL CHECK (tier IN ('A', 'B', 'C', 'D')),
  tier_since     date,
  updated_at     timestamptz NOT NULL
);
COMMENT ON TABLE supervision_credit_score IS 'Current credit score and tier of an institution (信用监管); the row is locked while an event changes it; tier_since is null while the tier is the initial one. An institution without a row has the configured initial score.';
CREATE INDEX supervision_credit_score_division ON supervision_credit_score (division_code text_pattern_ops);

CREATE TABLE supervision_credit_event (
  id              uuid PRIMARY KEY,
  institution_id  uuid NOT NULL REFERENCES institution_institution (id),
  division_code   text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('GOOD_INSPECTION', 'MINOR_FINDINGS', 'SERIOUS_FINDINGS',
                    'NON_COMPLIANT_INSPECTION', 'RECTIFICATION_ESCALATED', 'COMPLAINT_UPHELD', 'PENALTY', 'VIOLATION',
                    'COMMENDATION')),
  delta           integer NOT NULL,
  score_after     integer NOT NULL,
  tier_after      text NOT NULL CHECK (tier_after IN ('A', 'B', 'C', 'D')),
  reason          text,
  document_number text,
  source_type     text NOT NULL CHECK (source_type IN ('INSPECTION', 'RECTIFICATION', 'COMPLAINT', 'MANUAL')),
  source_id       uuid NOT NULL,
  occurred_on     date NOT NULL,
  recorded_by     uuid,
  recorded_by_name text,
  recorded_at     timestamptz NOT NULL,
  CONSTRAINT supervision_credit_event_once UNIQUE (source_type, source_id, kind),
  CONSTRAINT supervision_credit_event_manual CHECK (source_type <> 'MANUAL' OR (reason IS NOT NULL AND document_number IS NOT NULL))
);
COMMENT ON TABLE supervision_credit_event IS 'Append-only credit ledger: each event that changed an institution''s credit score, with the score and tier after it; a source (inspection, order, complaint, manual record) counts once per kind.';
CREATE INDEX supervision_credit_event_institution ON supervision_credit_event (institution_id, recorded_at DESC);
