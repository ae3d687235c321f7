-- Parents' committee (家长委员会) and public commitments, issue 19: the institution invites guardians of
-- its children to the committee with a role, the guardian accepts or declines; meeting minutes are
-- read by its families; house rules, service commitments and fee notes are published on the public
-- disclosure page.

CREATE TABLE messaging_committee_member (
  id              uuid PRIMARY KEY,
  institution_id  uuid NOT NULL REFERENCES institution_institution (id),
  division_code   text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  guardian_id     uuid NOT NULL REFERENCES platform_account (id),
  guardian_name   text NOT NULL,
  role            text NOT NULL CHECK (role IN ('CHAIR', 'VICE_CHAIR', 'MEMBER')),
  status          text NOT NULL DEFAULT 'INVITED' CHECK (status IN ('INVITED', 'ACCEPTED', 'DECLINED', 'ENDED')),
  invited_by      uuid NOT NULL REFERENCES platform_account (id),
  invited_at      timestamptz NOT NULL,
  answered_at     timestamptz,
  ended_at        timestamptz,
  CHECK ((status = 'INVITED') = (answered_at IS NULL)),
  CHECK ((status = 'ENDED') = (ended_at IS NOT NULL))
);
-- a guardian is invited or a member once at a time; a committee has one chair at a time
CREATE UNIQUE INDEX messaging_committee_member_guardian_idx ON messaging_committee_member (institution_id, guardian_id)
  WHERE status IN ('INVITED', 'ACCEPTED');
CREATE UNIQUE INDEX messaging_committee_member_chair_idx ON messaging_committee_member (institution_id)
  WHERE role = 'CHAIR' AND status IN ('INVITED', 'ACCEPTED');
CREATE INDEX messaging_committee_member_guardian_account_idx ON messaging_committee_member (guardian_id);
COMMENT ON TABLE messaging_committee_member IS 'A guardian invited to an institution''s parents'' committee (家长委员会) with a role (主任/副主任/委员), and the answer';

CREATE TABLE messaging_committee_minutes (
  id               uuid PRIMARY KEY,
  institution_id   uuid NOT NULL REFERENCES institution_institution (id),
  division_code    text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  met_on           date NOT NULL,
  title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  attendees        text NOT NULL CHECK (length(attendees) BETWEEN 1 AND 500),
  text             text NOT NULL CHECK (length(text) BETWEEN 1 AND 5000),
  recorded_by      uuid NOT NULL REFERENCES platform_account (id),
  recorded_by_name text NOT NULL,
  recorded_at      timestamptz NOT NULL
);
CREATE INDEX messaging_committee_minutes_institution_idx ON messaging_committee_minutes (institution_id, met_on DESC);
COMMENT ON TABLE messaging_committee_minutes IS 'Minutes of a parents'' committee meeting (会议纪要): date, attendees and text, read by the institution''s families';

CREATE TABLE messaging_committee_commitment (
  institution_id   uuid NOT NULL REFERENCES institution_institution (id),
  division_code    text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  kind             text NOT NULL CHECK (kind IN ('HOUSE_RULES', 'SERVICE_COMMITMENTS', 'FEE_NOTES')),
  draft_text       text NOT NULL CHECK (length(draft_text) BETWEEN 1 AND 5000),
  updated_by       uuid NOT NULL REFERENCES platform_account (id),
  updated_at       timestamptz NOT NULL,
  published_text   text CHECK (length(published_text) BETWEEN 1 AND 5000),
  published_by     uuid REFERENCES platform_account (id),
  published_at     timestamptz,
  PRIMARY KEY (institution_id, kind),
  CHECK ((published_text IS NULL) = (published_at IS NULL))
);
COMMENT ON TABLE messaging_committee_commitment IS 'An institution''s house rules (规章制度), service commitments (服务承诺) or fee notes (收费说明): the draft being written and the text published on its public disclosure page';
