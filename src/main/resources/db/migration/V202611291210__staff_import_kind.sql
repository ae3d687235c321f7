-- Training import (issue 4): pending uploads of staff and of training records share one table, told
-- apart by their kind. Existing uploads are staff uploads.

ALTER TABLE staff_import
  ADD COLUMN kind text NOT NULL DEFAULT 'STAFF' CHECK (kind IN ('STAFF', 'TRAINING'));

COMMENT ON TABLE staff_import IS 'Uploaded staff or training spreadsheets between the checked preview and the institution administrator''s confirmation; content encrypted and kept only while pending';
COMMENT ON COLUMN staff_import.kind IS 'What the upload imports: STAFF (hires) or TRAINING (training records of current staff)';
