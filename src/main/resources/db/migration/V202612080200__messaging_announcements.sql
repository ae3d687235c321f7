-- Announcements (通知公告, issue 19 item 4): an institution's notices to all its families, a class or
-- chosen families. The families (children placed then) and their guardians are resolved when the notice
-- is published and kept; read receipts are per guardian, acknowledgements per family.

CREATE TABLE messaging_announcement (
  id                       uuid PRIMARY KEY,
  institution_id           uuid NOT NULL REFERENCES institution_institution (id),
  division_code            text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  audience                 text NOT NULL CHECK (audience IN ('INSTITUTION', 'CLASS', 'FAMILIES')),
  class_id                 uuid REFERENCES institution_class (id),
  class_name               text CHECK (length(class_name) <= 100),
  title                    text NOT NULL CHECK (length(title) BETWEEN 1 AND 60),
  body                     text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  acknowledgement_required boolean NOT NULL,
  author_account_id        uuid NOT NULL REFERENCES platform_account (id),
  author_name              text NOT NULL CHECK (length(author_name) BETWEEN 1 AND 100),
  published_at             timestamptz NOT NULL,
  reminders                integer NOT NULL DEFAULT 0 CHECK (reminders >= 0),
  last_reminded_at         timestamptz,
  CHECK ((audience = 'CLASS') = (class_id IS NOT NULL)),
  CHECK ((reminders = 0) = (last_reminded_at IS NULL))
);
CREATE INDEX messaging_announcement_institution_idx ON messaging_announcement (institution_id, published_at DESC);
COMMENT ON TABLE messaging_announcement IS 'Announcements an institution published to its families, a class or chosen families';

CREATE TABLE messaging_announcement_family (
  announcement_id       uuid NOT NULL REFERENCES messaging_announcement (id),
  child_id              uuid NOT NULL REFERENCES family_child (id),
  institution_id        uuid NOT NULL REFERENCES institution_institution (id),
  division_code         text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  child_name            text NOT NULL CHECK (length(child_name) BETWEEN 1 AND 100),
  class_id              uuid REFERENCES institution_class (id),
  class_name            text,
  acknowledged_at       timestamptz,
  acknowledged_by       uuid REFERENCES platform_account (id),
  acknowledged_by_name  text,
  PRIMARY KEY (announcement_id, child_id),
  CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL))
);
COMMENT ON TABLE messaging_announcement_family IS 'The families an announcement was published to: the children placed then, kept as they were';

CREATE TABLE messaging_announcement_reader (
  announcement_id      uuid NOT NULL,
  child_id             uuid NOT NULL,
  guardian_account_id  uuid NOT NULL REFERENCES platform_account (id),
  institution_id       uuid NOT NULL REFERENCES institution_institution (id),
  division_code        text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  guardian_name        text NOT NULL,
  read_at              timestamptz,
  PRIMARY KEY (announcement_id, child_id, guardian_account_id),
  FOREIGN KEY (announcement_id, child_id) REFERENCES messaging_announcement_family (announcement_id, child_id)
);
-- a guardian's announcements, unread first (the family page and the unread count)
CREATE INDEX messaging_announcement_reader_guardian_idx ON messaging_announcement_reader (guardian_account_id, read_at);
COMMENT ON TABLE messaging_announcement_reader IS 'Guardians an announcement was sent to (through a child of theirs) and when each first opened it';
