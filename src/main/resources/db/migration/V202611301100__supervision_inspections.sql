CREATE TABLE supervision_inspection (
    id uuid PRIMARY KEY,
    institution_id uuid NOT NULL,
    institution_name text NOT NULL,
    division_code text NOT NULL,
    source text NOT NULL CHECK (source IN ('DRAW', 'AD_HOC')),
    draw_id uuid,
    reason text,
    status text NOT NULL CHECK (status IN ('SCHEDULED', 'CONCLUDED')),
    due_on date NOT NULL,
    checklist_version text NOT NULL,
    outcome text CHECK (outcome IN ('COMPLIANT', 'RECTIFY', 'NON_COMPLIANT')),
    conclusion text,
    concluded_on date,
    concluded_by uuid,
    publication_due_on date,
    created_by uuid,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT supervision_inspection_draw_unique UNIQUE (draw_id, institution_id),
    CONSTRAINT supervision_inspection_source_draw CHECK ((source = 'DRAW') = (draw_id IS NOT NULL)),
    CONSTRAINT supervision_inspection_concluded CHECK ((status = 'CONCLUDED') = (outcome IS NOT NULL AND concluded_on IS NOT NULL
        AND publication_due_on IS NOT NULL))
);
CREATE INDEX supervision_inspection_division ON supervision_inspection (division_code, status);
CREATE INDEX supervision_inspection_institution ON supervision_inspection (institution_id);
COMMENT ON TABLE supervision_inspection IS 'Inspections of institutions (双随机 draws or ad-hoc), with their overall result once concluded';

CREATE TABLE supervision_inspection_inspector (
    inspection_id uuid NOT NULL REFERENCES supervision_inspection (id),
    account_id uuid NOT NULL,
    PRIMARY KEY (inspection_id, account_id)
);
CREATE INDEX supervision_inspection_inspector_account ON supervision_inspection_inspector (account_id);
COMMENT ON TABLE supervision_inspection_inspector IS 'The inspector accounts assigned to an inspection';

CREATE TABLE supervision_inspection_item (
    inspection_id uuid NOT NULL REFERENCES supervision_inspection (id),
    code text NOT NULL,
    position int NOT NULL,
    dimension text NOT NULL CHECK (dimension IN ('CONDITIONS', 'STAFF', 'CARE', 'HEALTH_CARE', 'PARENTING_SUPPORT',
        'SAFETY', 'MANAGEMENT')),
    text_zh text NOT NULL,
    text_en text NOT NULL,
    result text CHECK (result IN ('MET', 'NOT_MET', 'NOT_APPLICABLE')),
    note text,
    PRIMARY KEY (inspection_id, code)
);
COMMENT ON TABLE supervision_inspection_item IS 'Snapshot of the checklist items of an inspection with the result of each';

CREATE TABLE supervision_finding (
    id uuid PRIMARY KEY,
    inspection_id uuid NOT NULL,
    item_code text NOT NULL,
    severity text NOT NULL CHECK (severity IN ('MINOR', 'SERIOUS')),
    description text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (inspection_id, item_code) REFERENCES supervision_inspection_item (inspection_id, code)
);
CREATE INDEX supervision_finding_inspection ON supervision_finding (inspection_id);
COMMENT ON TABLE supervision_finding IS 'Findings of an inspection, each against one checklist item, with a severity';

CREATE TABLE supervision_rectification (
    id uuid PRIMARY KEY,
    finding_id uuid NOT NULL UNIQUE REFERENCES supervision_finding (id),
    inspection_id uuid NOT NULL REFERENCES supervision_inspection (id),
    institution_id uuid NOT NULL,
    division_code text NOT NULL,
    issued_on date NOT NULL,
    deadline date NOT NULL,
    status text NOT NULL CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED', 'ESCALATED')),
    answer text,
    answered_on date,
    answered_by uuid,
    review_comment text,
    decided_on date,
    decided_by uuid,
    CHECK (deadline >= issued_on),
    CHECK ((status = 'ANSWERED') <= (answer IS NOT NULL))
);
CREATE INDEX supervision_rectification_institution ON supervision_rectification (institution_id, status);
CREATE INDEX supervision_rectification_division ON supervision_rectification (division_code, status);
COMMENT ON TABLE supervision_rectification IS 'Rectification orders (整改通知) issued for findings: deadline, the institution''s answer, the inspector''s decision';

CREATE TABLE supervision_inspection_photo (
    id uuid PRIMARY KEY,
    inspection_id uuid NOT NULL REFERENCES supervision_inspection (id),
    item_code text,
    rectification_id uuid REFERENCES supervision_rectification (id),
    content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    content bytea NOT NULL,
    uploaded_by uuid NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((item_code IS NULL) <> (rectification_id IS NULL)),
    FOREIGN KEY (inspection_id, item_code) REFERENCES supervision_inspection_item (inspection_id, code)
);
CREATE INDEX supervision_inspection_photo_inspection ON supervision_inspection_photo (inspection_id);
COMMENT ON TABLE supervision_inspection_photo IS 'Evidence photos: of a checklist item (inspector) or of a rectification answer (institution)';

CREATE TABLE supervision_publication (
    inspection_id uuid PRIMARY KEY REFERENCES supervision_inspection (id),
    institution_id uuid NOT NULL,
    institution_name text NOT NULL,
    division_code text NOT NULL,
    inspected_on date NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('COMPLIANT', 'RECTIFY', 'NON_COMPLIANT')),
    minor_findings int NOT NULL CHECK (minor_findings >= 0),
    serious_findings int NOT NULL CHECK (serious_findings >= 0),
    published_on date NOT NULL,
    published_by uuid NOT NULL
);
CREATE INDEX supervision_publication_list ON supervision_publication (published_on DESC, inspection_id);
CREATE INDEX supervision_publication_institution ON supervision_publication (institution_id, published_on DESC);
COMMENT ON TABLE supervision_publication IS 'Published inspection results (一公开): what the public list and the institution''s page show';
