-- The register of children 0-3 (issue 18, item 1): uploads from the maternal and child health
-- system kept (encrypted) between their check and their confirmation, where each entry came from,
-- who changed it last, and what the daily aged-out job and the exits need.

CREATE TABLE guidance_register_import (
  id            uuid PRIMARY KEY,
  account_id    uuid NOT NULL REFERENCES platform_account (id),
  division_code text NOT NULL CHECK (division_code ~ '^[0-9]{2,12}$'),
  file_name     text CHECK (length(file_name) <= 200),
  content       bytea,
  rows_read     integer NOT NULL CHECK (rows_read >= 0),
  valid_rows    integer NOT NULL CHECK (valid_rows >= 0 AND valid_rows <= rows_read),
  valid_digest  text NOT NULL CHECK (valid_digest ~ '^[0-9a-f]{64}$'),
  status        text NOT NULL CHECK (status IN ('CHECKED', 'CONFIRMED', 'DISCARDED')),
  written       integer CHECK (written >= 0),
  created_at    timestamptz NOT NULL,
  confirmed_at  timestamptz,
  CHECK ((status = 'CHECKED') = (content IS NOT NULL)),
  CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL AND written IS NOT NULL))
);
CREATE INDEX guidance_register_import_pending_idx ON guidance_register_import (account_id, created_at)
  WHERE status = 'CHECKED';
COMMENT ON TABLE guidance_register_import IS 'Uploads of the register of children 0-3 (CSV/Excel from the maternal and child health system): checked row by row, kept encrypted for at most a day until confirmed, replaced or discarded';
COMMENT ON COLUMN guidance_register_import.division_code IS 'The root of the uploader''s area when checked: rows outside it are refused';
COMMENT ON COLUMN guidance_register_import.valid_digest IS 'SHA-256 of the valid row numbers at the check: confirmation writes only if they are still the same';

ALTER TABLE guidance_child
  ADD COLUMN origin text CHECK (origin IN ('NEWBORN_VISIT', 'BIRTH_REGISTRATION')),
  ADD COLUMN import_id uuid REFERENCES guidance_register_import (id),
  ADD COLUMN updated_by uuid REFERENCES platform_account (id),
  ADD CONSTRAINT guidance_child_exit_reason CHECK (status IN ('ACTIVE', 'AGED_OUT') OR exit_reason IS NOT NULL),
  ADD CONSTRAINT guidance_child_import_source CHECK (import_id IS NULL OR source = 'IMPORT');
CREATE INDEX guidance_child_active_birth_idx ON guidance_child (birth_date) WHERE status = 'ACTIVE';
CREATE INDEX guidance_child_import_idx ON guidance_child (import_id) WHERE import_id IS NOT NULL;
COMMENT ON COLUMN guidance_child.origin IS 'Where the maternal and child health system knew the child from: a newborn home visit (新生儿访视) or a birth registration (出生登记)';
COMMENT ON COLUMN guidance_child.import_id IS 'The upload that brought the child into the register, if any';
COMMENT ON COLUMN guidance_child.exit_reason IS 'Why the child left the register (moved away, deceased, duplicate); none when it turned 3';
