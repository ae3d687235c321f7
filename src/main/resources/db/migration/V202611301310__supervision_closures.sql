CREATE TABLE supervision_closure (
    id                 uuid PRIMARY KEY,
    institution_id     uuid NOT NULL,
    institution_name   text NOT NULL,
    division_code      text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
    reason             text NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 1000),
    planned_closing_on date NOT NULL,
    status             text NOT NULL CHECK (status IN ('OPEN', 'CONFIRMED', 'CLOSED')),
    opened_by          uuid NOT NULL,
    opened_at          timestamptz NOT NULL DEFAULT now(),
    confirmed_at       timestamptz,
    closed_at          timestamptz,
    CHECK ((status = 'OPEN') = (confirmed_at IS NULL)),
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE UNIQUE INDEX supervision_closure_one_active ON supervision_closure (institution_id) WHERE status <> 'CLOSED';
CREATE INDEX supervision_closure_division ON supervision_closure (division_code, status);
COMMENT ON TABLE supervision_closure IS 'Closure cases (关停): an institution is closing and its enrolled children are transferred';

CREATE TABLE supervision_closure_transfer (
    id                       uuid PRIMARY KEY,
    closure_id               uuid NOT NULL REFERENCES supervision_closure (id) ON DELETE CASCADE,
    child_id                 uuid NOT NULL,
    class_type               text NOT NULL,
    age_months               int NOT NULL CHECK (age_months >= 0),
    proposed_institution_id  uuid,
    proposed_institution     text,
    proposed_class_type      text,
    proposed_distance_m      int CHECK (proposed_distance_m >= 0),
    status                   text NOT NULL CHECK (status IN ('PROPOSED', 'NOTIFIED', 'PLACED', 'WITHDRAWN')),
    placed_institution_id    uuid,
    resolved_on              date,
    note                     text CHECK (note IS NULL OR char_length(note) <= 500),
    position                 int NOT NULL,
    UNIQUE (closure_id, child_id),
    CHECK ((proposed_institution_id IS NULL) = (proposed_institution IS NULL)),
    CHECK ((status IN ('PLACED', 'WITHDRAWN')) = (resolved_on IS NOT NULL)),
    CHECK ((status = 'PLACED') = (placed_institution_id IS NOT NULL))
);
CREATE INDEX supervision_closure_transfer_child ON supervision_closure_transfer (child_id) WHERE status IN ('PROPOSED', 'NOTIFIED');
COMMENT ON TABLE supervision_closure_transfer IS 'One enrolled child of a closing institution: the proposed nearby institution and the child''s progress until placed or withdrawn';
