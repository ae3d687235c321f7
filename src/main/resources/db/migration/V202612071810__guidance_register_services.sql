-- Parenting guidance (issue 18), the core every part shares: the register of children 0-3 of an
-- area (辖区婴幼儿底册) and the ledger of guidance services they received, which the guidance
-- indicators count. Resident ID and phone numbers are encrypted with a keyed blind index; a child's
-- blind index uses the family module's purpose, so one number matches one family child.

CREATE TABLE guidance_child (
  id                    uuid PRIMARY KEY,
  name                  text NOT NULL CHECK (length(name) BETWEEN 1 AND 30),
  sex                   text NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
  birth_date            date NOT NULL,
  resident_id           bytea,
  resident_id_index     bytea UNIQUE,
  resident_id_masked    text,
  division_code         text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  community_code        text CHECK (community_code ~ '^[0-9]{12}$' AND starts_with(community_code, division_code)),
  guardian_name         text CHECK (length(guardian_name) BETWEEN 1 AND 30),
  guardian_phone        bytea,
  guardian_phone_index  bytea,
  guardian_phone_masked text,
  family_child_id       uuid UNIQUE REFERENCES family_child (id),
  enrolled              boolean NOT NULL DEFAULT false,
  source                text NOT NULL CHECK (source IN ('IMPORT', 'MANUAL', 'FAMILY')),
  status                text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'MOVED_AWAY', 'AGED_OUT', 'DECEASED', 'DUPLICATE')),
  exit_reason           text CHECK (length(exit_reason) <= 200),
  exited_on             date,
  registered_on         date NOT NULL,
  created_by            uuid REFERENCES platform_account (id),
  created_at            timestamptz NOT NULL,
  updated_at            timestamptz NOT NULL,
  CHECK ((resident_id IS NULL) = (resident_id_index IS NULL)),
  CHECK ((status = 'ACTIVE') = (exited_on IS NULL))
);
CREATE INDEX guidance_child_division_idx ON guidance_child (division_code text_pattern_ops);
CREATE INDEX guidance_child_community_idx ON guidance_child (community_code);
CREATE INDEX guidance_child_phone_idx ON guidance_child (guardian_phone_index);
COMMENT ON TABLE guidance_child IS 'Register of children 0-3 of an area (辖区婴幼儿底册): the denominator of the guidance indicators';
COMMENT ON COLUMN guidance_child.division_code IS 'The street/town (9 digits) of the child''s residence';
COMMENT ON COLUMN guidance_child.enrolled IS 'Whether the child holds a place at an institution now (not home-cared)';
COMMENT ON COLUMN guidance_child.family_child_id IS 'The same child in the family module, once its family registered';

CREATE TABLE guidance_service (
  id             uuid PRIMARY KEY,
  child_id       uuid NOT NULL REFERENCES guidance_child (id),
  kind           text NOT NULL CHECK (kind IN ('HOME_VISIT', 'GROUP_CLASS', 'PARENT_CHILD', 'CONSULTATION', 'LIVE_ONLINE',
                   'RECORDED', 'ONLINE_COURSE')),
  source_type    text NOT NULL CHECK (source_type IN ('SESSION', 'COURSE')),
  source_id      uuid NOT NULL,
  served_on      date NOT NULL,
  free           boolean NOT NULL,
  division_code  text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  community_code text CHECK (community_code ~ '^[0-9]{12}$'),
  recorded_by    uuid REFERENCES platform_account (id),
  recorded_at    timestamptz NOT NULL,
  CONSTRAINT guidance_service_once UNIQUE (child_id, source_type, source_id)
);
CREATE INDEX guidance_service_day_idx ON guidance_service (served_on, division_code);
CREATE INDEX guidance_service_child_idx ON guidance_service (child_id, served_on);
COMMENT ON TABLE guidance_service IS 'Guidance services a registered child received (a session attended, a course completed): what the guidance rate and the free quota count';
COMMENT ON COLUMN guidance_service.division_code IS 'The child''s street when served, so that a later move does not move past figures';
