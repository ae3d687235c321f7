-- Applications (issue 5): one pending application per child with up to a configured number of
-- ranked choices; the facts the priority rules use are kept with it.
CREATE TABLE enrollment_application (
  id             uuid PRIMARY KEY,
  child_id       uuid NOT NULL REFERENCES family_child (id),
  guardian_id    uuid NOT NULL REFERENCES platform_account (id),
  desired_start  date NOT NULL,
  service_form   text NOT NULL CHECK (service_form IN ('FULL_DAY', 'HALF_DAY', 'HOURLY', 'TEMPORARY')),
  class_type     text NOT NULL CHECK (class_type IN ('INFANT', 'TODDLER', 'OLDER_TODDLER')),
  home_street    text CHECK (home_street ~ '^[0-9]{9}$'),
  support_needs  text[] NOT NULL DEFAULT '{}',
  status         text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'WITHDRAWN')),
  created_at     timestamptz NOT NULL DEFAULT now(),
  withdrawn_at   timestamptz
);
-- a child has at most one pending application
CREATE UNIQUE INDEX enrollment_application_pending_idx ON enrollment_application (child_id) WHERE status = 'PENDING';

CREATE TABLE enrollment_choice (
  application_id uuid NOT NULL REFERENCES enrollment_application (id),
  rank           smallint NOT NULL CHECK (rank BETWEEN 1 AND 10),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  employer_staff boolean NOT NULL DEFAULT false,
  PRIMARY KEY (application_id, rank),
  UNIQUE (application_id, institution_id)
);
CREATE INDEX enrollment_choice_institution_idx ON enrollment_choice (institution_id);
