CREATE TABLE platform_account (
    id                  uuid        PRIMARY KEY,
    username            text        NOT NULL,
    display_name        text        NOT NULL,
    password_hash       text        NOT NULL,
    role                text        NOT NULL CHECK (role IN ('CITY_ADMIN', 'DISTRICT_ADMIN', 'STREET_OFFICER', 'INSPECTOR',
                                                             'INSTITUTION_ADMIN', 'CAREGIVER', 'HEALTH_WORKER', 'GUARDIAN')),
    division_code       text        CHECK (division_code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12})$'),
    institution_id      uuid,
    enabled             boolean     NOT NULL DEFAULT true,
    failed_logins       int         NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until        timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          uuid        REFERENCES platform_account (id),
    password_changed_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT platform_account_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,31}$'),
    CONSTRAINT platform_account_scope CHECK (
        (role IN ('CITY_ADMIN', 'DISTRICT_ADMIN', 'STREET_OFFICER', 'INSPECTOR') AND division_code IS NOT NULL AND institution_id IS NULL)
        OR (role IN ('INSTITUTION_ADMIN', 'CAREGIVER', 'HEALTH_WORKER') AND institution_id IS NOT NULL)
        OR (role = 'GUARDIAN' AND division_code IS NULL AND institution_id IS NULL))
);
CREATE UNIQUE INDEX platform_account_username_uq ON platform_account (username);
CREATE INDEX platform_account_division_idx ON platform_account (division_code text_pattern_ops);
COMMENT ON TABLE platform_account IS 'User accounts: role and server-side data scope (division subtree, institution or own children)';

CREATE TABLE platform_api_token (
    id           uuid        PRIMARY KEY,
    account_id   uuid        NOT NULL REFERENCES platform_account (id),
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    token_hash   text        NOT NULL UNIQUE,
    token_prefix text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
CREATE INDEX platform_api_token_account_idx ON platform_api_token (account_id);
COMMENT ON TABLE platform_api_token IS 'Bearer tokens for the JSON API; only a SHA-256 hash of each token is stored';

CREATE TABLE platform_setup_token (
    id         int         PRIMARY KEY CHECK (id = 1),
    token_hash text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE platform_setup_token IS 'One-time token printed at first start to set the first administrator password';
