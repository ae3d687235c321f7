-- Who is in a class now is asked on every check-in and check-out: index exactly the open visits by
-- class (the planner otherwise walks every open visit of the city).
CREATE INDEX attendance_visit_class_open_idx ON attendance_visit (class_id) WHERE checked_out_at IS NULL;
CREATE INDEX attendance_staff_visit_class_open_idx ON attendance_staff_visit (class_id) WHERE checked_out_at IS NULL;
