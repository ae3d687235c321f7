CREATE TABLE supervision_complaint (
    id                uuid PRIMARY KEY,
    institution_id    uuid NOT NULL,
    institution_name  text NOT NULL,
    division_code     text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
    category          text NOT NULL CHECK (category IN ('SAFETY', 'SUSPECTED_ABUSE', 'HYGIENE_FOOD', 'FEES', 'STAFF',
                                                        'UNLICENSED', 'OTHER')),
    description       text NOT NULL CHECK (char_length(description) BETWEEN 1 AND 10000),
    complainant_name  text CHECK (complainant_name IS NULL OR char_length(complainant_name) <= 50),
    complainant_phone bytea,
    tracking_index    bytea NOT NULL UNIQUE,
    status            text NOT NULL CHECK (status IN ('RECEIVED', 'INVESTIGATING', 'UPHELD', 'NOT_UPHELD')),
    received_on       date NOT NULL,
    due_on            date NOT NULL CHECK (due_on >= received_on),
    closed_on         date,
    public_reply      text,
    internal_note     text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT supervision_complaint_closed CHECK (
        (status IN ('UPHELD', 'NOT_UPHELD')) = (closed_on IS NOT NULL AND public_reply IS NOT NULL))
);
CREATE INDEX supervision_complaint_division ON supervision_complaint (division_code, status, due_on);
CREATE INDEX supervision_complaint_upheld ON supervision_complaint (institution_id, closed_on) WHERE status = 'UPHELD';
COMMENT ON TABLE supervision_complaint IS 'Complaints (举报) from the public about an institution, routed to its district with a deadline; the tracking code is kept only as a keyed index, the phone encrypted';

CREATE TABLE supervision_complaint_photo (
    id           uuid PRIMARY KEY,
    complaint_id uuid NOT NULL REFERENCES supervision_complaint (id) ON DELETE CASCADE,
    position     int NOT NULL CHECK (position BETWEEN 1 AND 10),
    content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    content      bytea NOT NULL,
    UNIQUE (complaint_id, position)
);
COMMENT ON TABLE supervision_complaint_photo IS 'Photos attached to a complaint (JPEG or PNG, checked by their magic bytes)';
