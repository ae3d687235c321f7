-- Families (issue 5, first part): children, their guardians, invitations of co-guardians,
-- authorised pick-up persons and consents. ID and phone numbers are encrypted with a blind index.

CREATE TABLE family_child (
  id                 uuid PRIMARY KEY,
  name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 30),
  sex                text NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
  birth_date         date NOT NULL,
  resident_id        bytea,
  resident_id_index  bytea UNIQUE,
  resident_id_masked text,
  created_by         uuid NOT NULL REFERENCES platform_account (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK ((resident_id IS NULL) = (resident_id_index IS NULL))
);

CREATE TABLE family_guardianship (
  child_id   uuid NOT NULL REFERENCES family_child (id),
  account_id uuid NOT NULL REFERENCES platform_account (id),
  relation   text NOT NULL CHECK (relation IN ('MOTHER', 'FATHER', 'GRANDPARENT', 'OTHER')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (child_id, account_id)
);
CREATE INDEX family_guardianship_account_idx ON family_guardianship (account_id);

CREATE TABLE family_invitation (
  id           uuid PRIMARY KEY,
  child_id     uuid NOT NULL REFERENCES family_child (id),
  invited_by   uuid NOT NULL REFERENCES platform_account (id),
  phone_index  bytea NOT NULL,
  phone_masked text NOT NULL,
  relation     text NOT NULL CHECK (relation IN ('MOTHER', 'FATHER', 'GRANDPARENT', 'OTHER')),
  status       text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  answered_at  timestamptz
);
CREATE UNIQUE INDEX family_invitation_pending_idx ON family_invitation (child_id, phone_index) WHERE status = 'PENDING';
CREATE INDEX family_invitation_phone_idx ON family_invitation (phone_index) WHERE status = 'PENDING';

CREATE TABLE family_pickup (
  id           uuid PRIMARY KEY,
  child_id     uuid NOT NULL REFERENCES family_child (id),
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 30),
  relation     text NOT NULL CHECK (length(relation) BETWEEN 1 AND 20),
  phone        bytea NOT NULL,
  phone_masked text NOT NULL,
  added_by     uuid NOT NULL REFERENCES platform_account (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  removed_at   timestamptz
);
CREATE INDEX family_pickup_child_idx ON family_pickup (child_id);

CREATE TABLE family_consent (
  id           uuid PRIMARY KEY,
  child_id     uuid NOT NULL REFERENCES family_child (id),
  kind         text NOT NULL CHECK (kind IN ('PHOTOS', 'RECORD_SHARING')),
  granted_by   uuid NOT NULL REFERENCES platform_account (id),
  granted_at   timestamptz NOT NULL,
  withdrawn_by uuid REFERENCES platform_account (id),
  withdrawn_at timestamptz
);
-- at most one consent of a kind in force per child
CREATE UNIQUE INDEX family_consent_active_idx ON family_consent (child_id, kind) WHERE withdrawn_at IS NULL;
