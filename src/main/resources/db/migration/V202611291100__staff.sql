-- Staff (issue 4): one person record per resident ID across institutions, employments, certificates,
-- class assignments and the ban list (禁业). ID and phone numbers are encrypted (AES-GCM) with a keyed
-- blind index for exact lookups; the masked form is kept for lists.

CREATE TABLE staff_person (
  id                 uuid PRIMARY KEY,
  name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  resident_id        bytea NOT NULL,
  resident_id_index  bytea NOT NULL UNIQUE,
  resident_id_masked text NOT NULL,
  birth_date         date NOT NULL,
  sex                text NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
  phone              bytea,
  phone_masked       text,
  created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_employment (
  id             uuid PRIMARY KEY,
  person_id      uuid NOT NULL REFERENCES staff_person (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  role           text NOT NULL CHECK (role IN ('HEAD', 'CAREGIVER', 'HEALTH_WORKER', 'TEACHER', 'SECURITY', 'COOK', 'OTHER')),
  started_on     date NOT NULL,
  ended_on       date,
  created_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
-- a person holds at most one open employment per institution
CREATE UNIQUE INDEX staff_employment_open_idx ON staff_employment (person_id, institution_id) WHERE ended_on IS NULL;
CREATE INDEX staff_employment_institution_idx ON staff_employment (institution_id);

CREATE TABLE staff_certificate (
  id         uuid PRIMARY KEY,
  person_id  uuid NOT NULL REFERENCES staff_person (id),
  type       text NOT NULL CHECK (type IN ('CAREGIVER', 'INFANT_CARER', 'TEACHER', 'HEALTH', 'NO_CRIMINAL_RECORD',
                                           'SECURITY_GUARD', 'FIRST_AID', 'OTHER')),
  level      smallint CHECK (level BETWEEN 1 AND 5),
  number     text NOT NULL CHECK (length(number) BETWEEN 1 AND 60),
  issuer     text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 100),
  issued_on  date NOT NULL,
  expires_on date,
  scan       bytea,
  scan_type  text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (expires_on IS NULL OR expires_on >= issued_on),
  CHECK ((type = 'CAREGIVER') = (level IS NOT NULL))
);
CREATE INDEX staff_certificate_person_idx ON staff_certificate (person_id);

CREATE TABLE staff_assignment (
  person_id      uuid NOT NULL REFERENCES staff_person (id),
  class_id       uuid NOT NULL REFERENCES institution_class (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, class_id)
);
CREATE INDEX staff_assignment_institution_idx ON staff_assignment (institution_id);

CREATE TABLE staff_ban (
  id                 uuid PRIMARY KEY,
  resident_id        bytea NOT NULL,
  resident_id_index  bytea NOT NULL,
  resident_id_masked text NOT NULL,
  name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  reason             text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  decision_document  text NOT NULL CHECK (length(decision_document) BETWEEN 1 AND 100),
  decided_on         date NOT NULL,
  until              date,
  principal_ban_id   uuid REFERENCES staff_ban (id),
  division_code      text NOT NULL,
  recorded_by        uuid NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (until IS NULL OR until >= decided_on)
);
CREATE INDEX staff_ban_index_idx ON staff_ban (resident_id_index);
