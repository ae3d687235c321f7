-- Conversations (家园沟通, issue 19): one thread per institution and child, and threads of an institution
-- with one guardian account (fees and other matters not tied to a child). Participants are derived from
-- the family, enrollment and staff modules when asked, never stored; every message is kept.

CREATE TABLE messaging_thread (
  id                  uuid PRIMARY KEY,
  institution_id      uuid NOT NULL REFERENCES institution_institution (id),
  division_code       text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  kind                text NOT NULL CHECK (kind IN ('CHILD', 'GUARDIAN')),
  child_id            uuid REFERENCES family_child (id),
  guardian_account_id uuid REFERENCES platform_account (id),
  title               text NOT NULL CHECK (length(title) BETWEEN 1 AND 60),
  created_by          uuid NOT NULL REFERENCES platform_account (id),
  created_at          timestamptz NOT NULL,
  last_message_at     timestamptz,
  CHECK ((kind = 'CHILD' AND child_id IS NOT NULL AND guardian_account_id IS NULL)
      OR (kind = 'GUARDIAN' AND guardian_account_id IS NOT NULL AND child_id IS NULL))
);
-- exactly one thread per (institution, child) and per (institution, guardian): concurrent first messages upsert
CREATE UNIQUE INDEX messaging_thread_child_uq ON messaging_thread (institution_id, child_id) WHERE child_id IS NOT NULL;
CREATE UNIQUE INDEX messaging_thread_guardian_uq ON messaging_thread (institution_id, guardian_account_id)
  WHERE guardian_account_id IS NOT NULL;
CREATE INDEX messaging_thread_child_idx ON messaging_thread (child_id) WHERE child_id IS NOT NULL;
CREATE INDEX messaging_thread_guardian_idx ON messaging_thread (guardian_account_id) WHERE guardian_account_id IS NOT NULL;
COMMENT ON TABLE messaging_thread IS 'Conversation threads between an institution and a child''s guardians, or one guardian account';

CREATE TABLE messaging_message (
  id                 uuid PRIMARY KEY,
  thread_id          uuid NOT NULL REFERENCES messaging_thread (id),
  position           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  sender_account_id  uuid NOT NULL REFERENCES platform_account (id),
  sender_name        text NOT NULL CHECK (length(sender_name) BETWEEN 1 AND 100),
  side               text NOT NULL CHECK (side IN ('FAMILY', 'INSTITUTION')),
  body               text CHECK (length(body) BETWEEN 1 AND 2000),
  sent_at            timestamptz NOT NULL,
  withdrawn_at       timestamptz,
  notify_at          timestamptz,
  notified_at        timestamptz,
  CHECK (withdrawn_at IS NULL OR withdrawn_at >= sent_at),
  CHECK (notified_at IS NULL OR notify_at IS NOT NULL)
);
CREATE INDEX messaging_message_thread_idx ON messaging_message (thread_id, position);
-- the held notifications the release job claims
CREATE INDEX messaging_message_held_idx ON messaging_message (notify_at) WHERE notified_at IS NULL;
COMMENT ON TABLE messaging_message IS 'Messages of a thread, in order; never deleted: a withdrawn one is kept and shown as withdrawn';
COMMENT ON COLUMN messaging_message.notify_at IS 'When the recipients are told: at once, or a guardian''s message outside office hours at the next opening';

CREATE TABLE messaging_photo (
  id           uuid PRIMARY KEY,
  message_id   uuid NOT NULL REFERENCES messaging_message (id),
  ordinal      smallint NOT NULL CHECK (ordinal >= 0),
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes   bigint NOT NULL CHECK (size_bytes > 0),
  file_name    text CHECK (length(file_name) <= 200),
  UNIQUE (message_id, ordinal)
);
COMMENT ON TABLE messaging_photo IS 'Photos attached to messages: JPEG or PNG files in the photo directory, named by their SHA-256';

CREATE TABLE messaging_read (
  thread_id     uuid NOT NULL REFERENCES messaging_thread (id),
  account_id    uuid NOT NULL REFERENCES platform_account (id),
  side          text NOT NULL CHECK (side IN ('FAMILY', 'INSTITUTION')),
  read_position bigint NOT NULL CHECK (read_position >= 0),
  read_at       timestamptz NOT NULL,
  PRIMARY KEY (thread_id, account_id)
);
CREATE INDEX messaging_read_account_idx ON messaging_read (account_id);
COMMENT ON TABLE messaging_read IS 'Read receipts: the last message position each participant account has read in a thread';

CREATE TABLE messaging_office_hours (
  institution_id uuid PRIMARY KEY REFERENCES institution_institution (id),
  days           smallint[] NOT NULL CHECK (cardinality(days) BETWEEN 1 AND 7 AND days <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]),
  opens          time NOT NULL,
  closes         time NOT NULL,
  updated_by     uuid NOT NULL REFERENCES platform_account (id),
  updated_at     timestamptz NOT NULL,
  CHECK (opens < closes)
);
COMMENT ON TABLE messaging_office_hours IS 'Office hours an institution answers messages in (days 1 = Monday … 7 = Sunday); without a row the configured default';
