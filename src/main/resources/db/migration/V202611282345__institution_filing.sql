CREATE TABLE institution_filing (
    id                   uuid        PRIMARY KEY,
    institution_id       uuid        NOT NULL REFERENCES institution_institution (id),
    version              int         NOT NULL CHECK (version >= 1),
    kind                 text        NOT NULL CHECK (kind IN ('INITIAL', 'CHANGE', 'CANCELLATION')),
    status               text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'FILED', 'RETURNED')),
    division_code        text        NOT NULL,
    note                 text        NOT NULL DEFAULT '',
    submitted_at         timestamptz,
    file_deadline        date,
    decided_at           timestamptz,
    decided_by           text,
    return_reasons       text,
    verification_result  text        CHECK (verification_result IN ('COMPLIANT', 'NON_COMPLIANT')),
    verification_note    text,
    verified_at          timestamptz,
    publish_deadline     date,
    created_at           timestamptz NOT NULL DEFAULT now(),
    UNIQUE (institution_id, version),
    CONSTRAINT institution_filing_returned_has_reasons CHECK (status <> 'RETURNED' OR length(return_reasons) > 0)
);
CREATE UNIQUE INDEX institution_filing_one_open ON institution_filing (institution_id) WHERE status IN ('DRAFT', 'SUBMITTED');
CREATE INDEX institution_filing_queue_idx ON institution_filing (status, division_code text_pattern_ops);
COMMENT ON TABLE institution_filing IS 'Filing (备案) versions: initial, change or cancellation, with the county''s decision and verification';

CREATE TABLE institution_filing_document (
    id            uuid        PRIMARY KEY,
    filing_id     uuid        NOT NULL REFERENCES institution_filing (id),
    document_type text        NOT NULL CHECK (document_type IN ('FILING_FORM', 'COMMITMENT_LETTER', 'LICENCE', 'PREMISES_PROOF',
                                                                'STAFF_CERTIFICATES', 'HEALTH_EVALUATION', 'FIRE_SAFETY')),
    file_name     text        NOT NULL,
    content_type  text        NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes    int         NOT NULL CHECK (size_bytes > 0),
    sha256        text        NOT NULL,
    content       bytea       NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (filing_id, document_type)
);
COMMENT ON TABLE institution_filing_document IS 'Documents attached to a filing; the type is checked from the content';
