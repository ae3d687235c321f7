-- Offers and placements (issue 5): an institution offers a place in a class with a deadline; the
-- guardian's acceptance makes a placement, never beyond the class's capacity.
ALTER TABLE enrollment_application DROP CONSTRAINT enrollment_application_status_check;
ALTER TABLE enrollment_application ADD CONSTRAINT enrollment_application_status_check
  CHECK (status IN ('PENDING', 'WITHDRAWN', 'PLACED'));

CREATE TABLE enrollment_offer (
  id             uuid PRIMARY KEY,
  application_id uuid NOT NULL REFERENCES enrollment_application (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  class_id       uuid NOT NULL REFERENCES institution_class (id),
  status         text NOT NULL DEFAULT 'OFFERED' CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CANCELLED', 'FULL')),
  respond_by     date NOT NULL,
  offered_at     timestamptz NOT NULL DEFAULT now(),
  answered_at    timestamptz
);
-- one open offer per application and institution
CREATE UNIQUE INDEX enrollment_offer_open_idx ON enrollment_offer (application_id, institution_id) WHERE status = 'OFFERED';

CREATE TABLE enrollment_placement (
  id             uuid PRIMARY KEY,
  child_id       uuid NOT NULL REFERENCES family_child (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  class_id       uuid NOT NULL REFERENCES institution_class (id),
  offer_id       uuid NOT NULL REFERENCES enrollment_offer (id),
  start_date     date NOT NULL,
  service_form   text NOT NULL,
  status         text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ENDED')),
  created_at     timestamptz NOT NULL DEFAULT now(),
  ended_at       timestamptz
);
-- a child holds at most one active placement
CREATE UNIQUE INDEX enrollment_placement_active_idx ON enrollment_placement (child_id) WHERE status = 'ACTIVE';
CREATE INDEX enrollment_placement_class_idx ON enrollment_placement (class_id) WHERE status = 'ACTIVE';
