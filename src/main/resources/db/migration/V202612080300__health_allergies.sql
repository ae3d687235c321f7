-- Allergies (过敏信息, issue 19): what a child is allergic to, the reaction and how severe, recorded by
-- a guardian on the phone and confirmed by the health worker of the institution where the child is
-- placed. Owned by the health module; messaging reads them through its facade to mark a menu's
-- dishes. A guardian withdraws an allergy the child has outgrown; the row stays.

CREATE TABLE health_allergy (
  id                     uuid PRIMARY KEY,
  child_id               uuid NOT NULL REFERENCES family_child (id),
  allergen               text NOT NULL CHECK (length(allergen) BETWEEN 1 AND 30),
  reaction               text CHECK (length(reaction) <= 200),
  severity               text NOT NULL CHECK (severity IN ('MILD', 'MODERATE', 'SEVERE')),
  status                 text NOT NULL DEFAULT 'UNCONFIRMED' CHECK (status IN ('UNCONFIRMED', 'CONFIRMED', 'WITHDRAWN')),
  recorded_by            uuid NOT NULL REFERENCES platform_account (id),
  recorded_by_name       text NOT NULL,
  recorded_at            timestamptz NOT NULL,
  confirmed_by           uuid REFERENCES platform_account (id),
  confirmed_by_name      text,
  confirmed_at           timestamptz,
  confirmed_institution  uuid REFERENCES institution_institution (id),
  confirmed_division     text CHECK (confirmed_division ~ '^[0-9]{9}$'),
  withdrawn_at           timestamptz,
  CHECK ((confirmed_at IS NULL) = (confirmed_by IS NULL)),
  CHECK (status <> 'CONFIRMED' OR confirmed_at IS NOT NULL),
  CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
);
CREATE INDEX health_allergy_child_idx ON health_allergy (child_id) WHERE status <> 'WITHDRAWN';
-- one standing record per child and allergen
CREATE UNIQUE INDEX health_allergy_allergen_idx ON health_allergy (child_id, lower(allergen)) WHERE status <> 'WITHDRAWN';
COMMENT ON TABLE health_allergy IS 'A child''s allergy (过敏): allergen, reaction, severity; recorded by a guardian, confirmed by the health worker of the institution where the child is placed (that institution and its street kept with the confirmation)';
