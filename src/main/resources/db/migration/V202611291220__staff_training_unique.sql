-- The same course on the same day is one training, however often it is entered or imported.
CREATE UNIQUE INDEX staff_training_once_idx ON staff_training (person_id, course, taken_on);
