-- An optional photo of a staff member (JPEG or PNG).
ALTER TABLE staff_person ADD COLUMN photo bytea, ADD COLUMN photo_type text;
