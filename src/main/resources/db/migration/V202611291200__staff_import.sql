-- Staff import (issue 4): an uploaded staff spreadsheet kept between the checked preview and the
-- administrator's confirmation. The upload holds resident ID numbers, so it is stored encrypted, only
-- while it is pending: it is emptied on confirmation, when a newer upload replaces it and after a day.

CREATE TABLE staff_import (
  id             uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  account_id     uuid NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  content        bytea,
  valid_rows     int[] NOT NULL DEFAULT '{}',
  status         text NOT NULL DEFAULT 'CHECKED' CHECK (status IN ('CHECKED', 'CONFIRMED', 'DISCARDED')),
  written        int NOT NULL DEFAULT 0 CHECK (written >= 0),
  confirmed_at   timestamptz,
  -- only a pending upload keeps its content
  CHECK (status = 'CHECKED' OR content IS NULL),
  CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL))
);
CREATE INDEX staff_import_pending_idx ON staff_import (created_at) WHERE status = 'CHECKED';
CREATE INDEX staff_import_institution_idx ON staff_import (institution_id);

COMMENT ON TABLE staff_import IS 'Uploaded staff spreadsheets between the checked preview and the institution administrator''s confirmation; content encrypted and kept only while pending';
COMMENT ON COLUMN staff_import.content IS 'The encrypted upload while status is CHECKED, otherwise NULL';
COMMENT ON COLUMN staff_import.valid_rows IS 'Spreadsheet row numbers (header = 1) that passed the check; confirmation writes exactly these or nothing';
