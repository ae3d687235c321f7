CREATE TABLE institution_import (
    id          uuid        PRIMARY KEY,
    account_id  uuid        NOT NULL,
    file_name   text        NOT NULL,
    content     bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    confirmed_at timestamptz
);
COMMENT ON TABLE institution_import IS 'Uploaded registry spreadsheets kept between the checked preview and the user''s confirmation';
