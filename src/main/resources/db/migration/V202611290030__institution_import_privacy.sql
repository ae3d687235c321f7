-- An upload holds administrator passwords: it is emptied on confirmation and purged when stale.
ALTER TABLE institution_import ALTER COLUMN content DROP NOT NULL;
ALTER TABLE institution_import ADD COLUMN valid_rows int[] NOT NULL DEFAULT '{}';
