CREATE TABLE institution_institution (
    id                    uuid          PRIMARY KEY,
    name                  text          NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
    credit_code           text          NOT NULL UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    registration_type     text          NOT NULL CHECK (registration_type IN ('PUBLIC_INSTITUTION', 'SOCIAL_SERVICE', 'ENTERPRISE')),
    ownership             text          NOT NULL CHECK (ownership IN ('PUBLIC', 'PRIVATE', 'PUBLIC_PRIVATE')),
    category              text          NOT NULL CHECK (category IN ('STANDALONE', 'KINDERGARTEN_CLASS', 'EMPLOYER', 'COMMUNITY_SITE', 'FAMILY_POINT')),
    service_forms         text[]        NOT NULL CHECK (cardinality(service_forms) >= 1
                                          AND service_forms <@ ARRAY['FULL_DAY', 'HALF_DAY', 'HOURLY', 'TEMPORARY']),
    head_name             text          NOT NULL CHECK (length(head_name) BETWEEN 1 AND 50),
    contact_phone         text          NOT NULL,
    inclusive             boolean       NOT NULL DEFAULT false,
    inclusive_price_cap   numeric(12,2) CHECK (inclusive_price_cap > 0),
    inclusive_valid_until date,
    demonstration_level   text          NOT NULL DEFAULT 'NONE' CHECK (demonstration_level IN ('NONE', 'DISTRICT', 'CITY', 'PROVINCE')),
    status                text          NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'FILED', 'VERIFIED', 'SUSPENDED', 'CLOSED')),
    division_code         text          NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
    created_at            timestamptz   NOT NULL DEFAULT now(),
    updated_at            timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT institution_inclusive_cap CHECK (NOT inclusive OR (inclusive_price_cap IS NOT NULL AND inclusive_valid_until IS NOT NULL))
);
CREATE INDEX institution_institution_division_idx ON institution_institution (division_code text_pattern_ops);
COMMENT ON TABLE institution_institution IS 'Childcare institutions (托育机构): registry data, inclusive and demonstration status, operating status';
COMMENT ON COLUMN institution_institution.division_code IS 'Street/town of the main site: the data-scope key';

CREATE TABLE institution_site (
    id             uuid         PRIMARY KEY,
    institution_id uuid         NOT NULL REFERENCES institution_institution (id),
    main           boolean      NOT NULL,
    name           text         NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    address        text         NOT NULL CHECK (length(address) BETWEEN 2 AND 200),
    division_code  text         NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
    latitude       numeric(9,6) NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude      numeric(9,6) NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    room_floor     int          NOT NULL,
    indoor_area    numeric(8,2) NOT NULL CHECK (indoor_area > 0),
    created_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX institution_site_one_main ON institution_site (institution_id) WHERE main;
CREATE INDEX institution_site_institution_idx ON institution_site (institution_id);
CREATE INDEX institution_site_location_idx ON institution_site (latitude, longitude);
COMMENT ON TABLE institution_site IS 'Sites of an institution (一照多址): the main site and community service points, GCJ-02 coordinates';

CREATE TABLE institution_class (
    id             uuid        PRIMARY KEY,
    institution_id uuid        NOT NULL REFERENCES institution_institution (id),
    site_id        uuid        NOT NULL REFERENCES institution_site (id),
    name           text        NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    class_type     text        NOT NULL CHECK (class_type IN ('INFANT', 'TODDLER', 'OLDER_TODDLER', 'MIXED', 'FAMILY_POINT')),
    capacity       int         NOT NULL CHECK (capacity > 0),
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site_id, name)
);
CREATE INDEX institution_class_institution_idx ON institution_class (institution_id);
COMMENT ON TABLE institution_class IS 'Classes per site by type with capacity; the institution''s places are the sum of capacities';

CREATE TABLE institution_fee (
    institution_id uuid          NOT NULL REFERENCES institution_institution (id),
    class_type     text          NOT NULL CHECK (class_type IN ('INFANT', 'TODDLER', 'OLDER_TODDLER', 'MIXED', 'FAMILY_POINT')),
    service_form   text          NOT NULL CHECK (service_form IN ('FULL_DAY', 'HALF_DAY', 'HOURLY', 'TEMPORARY')),
    monthly_fee    numeric(12,2) NOT NULL CHECK (monthly_fee >= 0),
    published_at   timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (institution_id, class_type, service_form)
);
COMMENT ON TABLE institution_fee IS 'Published monthly fees per class type and service form';
