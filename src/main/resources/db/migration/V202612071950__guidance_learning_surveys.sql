-- The parenting-knowledge awareness survey (科学育儿知识知晓率, issue 18): versioned questionnaires with scored
-- answers and a pass mark, owned by a city or district; answered by guardians on the phone (once per version
-- and year) or entered from paper by community workers. Awareness = respondents scoring at least the pass
-- mark / respondents, by the respondent's street or community and year.

CREATE TABLE guidance_survey_version (
  id             uuid PRIMARY KEY,
  owner_division text NOT NULL CHECK (owner_division ~ '^([0-9]{4}|[0-9]{6})$'),
  version        int NOT NULL CHECK (version >= 1),
  title          text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  pass_mark      int NOT NULL CHECK (pass_mark >= 1),
  status         text NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
  published_on   date,
  retired_on     date,
  created_by     uuid REFERENCES platform_account (id),
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL,
  CONSTRAINT guidance_survey_version_number UNIQUE (owner_division, version),
  CHECK ((status = 'DRAFT') = (published_on IS NULL)),
  CHECK ((status = 'RETIRED') = (retired_on IS NOT NULL))
);
CREATE UNIQUE INDEX guidance_survey_one_published ON guidance_survey_version (owner_division) WHERE status = 'PUBLISHED';
CREATE UNIQUE INDEX guidance_survey_one_draft ON guidance_survey_version (owner_division) WHERE status = 'DRAFT';
COMMENT ON TABLE guidance_survey_version IS 'Versions of the awareness questionnaire of a city or district: a draft is edited, a published version never changes, publishing one retires the previous';

CREATE TABLE guidance_survey_question (
  version_id uuid NOT NULL REFERENCES guidance_survey_version (id) ON DELETE CASCADE,
  position   int NOT NULL CHECK (position >= 1),
  text       text NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
  options    text[] NOT NULL CHECK (cardinality(options) BETWEEN 2 AND 6),
  scores     int[] NOT NULL CHECK (cardinality(scores) = cardinality(options) AND 0 <= ALL (scores)),
  PRIMARY KEY (version_id, position)
);
COMMENT ON TABLE guidance_survey_question IS 'The questions of a questionnaire version with their options and the score of each';

CREATE TABLE guidance_survey_response (
  id                  uuid PRIMARY KEY,
  version_id          uuid NOT NULL REFERENCES guidance_survey_version (id),
  year                int NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  answered_on         date NOT NULL,
  channel             text NOT NULL CHECK (channel IN ('ONLINE', 'PAPER')),
  guardian_account_id uuid REFERENCES platform_account (id),
  respondent_note     text CHECK (length(respondent_note) <= 100),
  division_code       text NOT NULL CHECK (division_code ~ '^[0-9]{9}$'),
  community_code      text CHECK (community_code ~ '^[0-9]{12}$' AND starts_with(community_code, division_code)),
  answers             int[] NOT NULL,
  score               int NOT NULL CHECK (score >= 0),
  passed              boolean NOT NULL,
  entered_by          uuid REFERENCES platform_account (id),
  entered_at          timestamptz NOT NULL,
  CHECK ((channel = 'ONLINE') = (guardian_account_id IS NOT NULL)),
  CHECK (channel = 'ONLINE' OR community_code IS NOT NULL),
  CHECK (year = extract(year FROM answered_on))
);
CREATE UNIQUE INDEX guidance_survey_once_online ON guidance_survey_response (version_id, year, guardian_account_id)
  WHERE guardian_account_id IS NOT NULL;
CREATE INDEX guidance_survey_response_area_idx ON guidance_survey_response (year, division_code);
COMMENT ON TABLE guidance_survey_response IS 'Answers to the awareness questionnaire: a guardian''s online answers (once per version and year) or a paper questionnaire entered by a community worker';
COMMENT ON COLUMN guidance_survey_response.division_code IS 'The respondent''s street: from the guardian''s registered children, or the community of the paper entry';
COMMENT ON COLUMN guidance_survey_response.answers IS 'The chosen option of each question, by position (0-based)';
