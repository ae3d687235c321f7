-- Moments (成长瞬间, issue 19): photos and short notes the institution's staff post, tagged with children whose
-- guardians consented to photos. Who sees a moment is decided when it is read, against the consents in force
-- then: a child whose consent was withdrawn disappears from the moment, and the moment from that family. Photo
-- files are kept in the messaging file storage (area "moments") by SHA-256, without their metadata, each with a
-- thumbnail. Nothing is deleted: a withdrawn moment keeps its row, marked.

CREATE TABLE messaging_moment (
  id             uuid PRIMARY KEY,
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  division_code  text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  note           text CHECK (length(note) BETWEEN 1 AND 500),
  posted_by      uuid NOT NULL REFERENCES platform_account (id),
  posted_by_name text NOT NULL CHECK (length(posted_by_name) BETWEEN 1 AND 100),
  posted_at      timestamptz NOT NULL,
  withdrawn_by   uuid REFERENCES platform_account (id),
  withdrawn_at   timestamptz,
  CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL))
);
-- the institution's feed, newest first
CREATE INDEX messaging_moment_institution_idx ON messaging_moment (institution_id, posted_at DESC, id DESC) WHERE withdrawn_at IS NULL;
COMMENT ON TABLE messaging_moment IS 'Moments (成长瞬间): photos and a short note posted by an institution''s staff, tagged with children';

CREATE TABLE messaging_moment_child (
  moment_id uuid NOT NULL REFERENCES messaging_moment (id),
  child_id  uuid NOT NULL REFERENCES family_child (id),
  PRIMARY KEY (moment_id, child_id)
);
-- a family's feed and a child's count in the growth record
CREATE INDEX messaging_moment_child_idx ON messaging_moment_child (child_id, moment_id DESC);
COMMENT ON TABLE messaging_moment_child IS 'The children tagged in a moment; each had photo consent when posted, and is shown only while it is in force';

CREATE TABLE messaging_moment_photo (
  id               uuid PRIMARY KEY,
  moment_id        uuid NOT NULL REFERENCES messaging_moment (id),
  ordinal          smallint NOT NULL CHECK (ordinal >= 0),
  content_type     text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
  sha256           text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes       bigint NOT NULL CHECK (size_bytes > 0),
  width            int NOT NULL CHECK (width > 0),
  height           int NOT NULL CHECK (height > 0),
  thumbnail_sha256 text NOT NULL CHECK (thumbnail_sha256 ~ '^[0-9a-f]{64}$'),
  thumbnail_bytes  bigint NOT NULL CHECK (thumbnail_bytes > 0),
  file_name        text CHECK (length(file_name) <= 200),
  UNIQUE (moment_id, ordinal)
);
COMMENT ON TABLE messaging_moment_photo IS 'Photos of a moment: files without metadata (EXIF, GPS, device) in the moments storage area, named by SHA-256, each with a JPEG thumbnail';
