-- Online classes (网上课堂, issue 18): a library of courses by age band and topic, each with a text, a video
-- (uploaded MP4 kept in the media directory by its SHA-256, or an external https link) and a short quiz;
-- progress per guardian and course. A course watched far enough with its quiz passed is recorded as a
-- guidance service (guidance_service) for each of the guardian's children under 3.

CREATE TABLE guidance_media (
  sha256       text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  size         bigint NOT NULL CHECK (size > 0),
  content_type text NOT NULL CHECK (content_type IN ('video/mp4')),
  stored_by    uuid REFERENCES platform_account (id),
  stored_at    timestamptz NOT NULL
);
COMMENT ON TABLE guidance_media IS 'Uploaded course videos: metadata of files kept in tuoyu.guidance.courses.media-directory, named by their SHA-256 (one file per content)';

CREATE TABLE guidance_course (
  id                 uuid PRIMARY KEY,
  title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  age_band           text NOT NULL CHECK (age_band IN ('M0_6', 'M6_12', 'M12_24', 'M24_36')),
  topic              text NOT NULL CHECK (topic IN ('FEEDING', 'SLEEP', 'LANGUAGE', 'MOVEMENT', 'SAFETY', 'EMOTIONS',
                       'ILLNESS', 'OTHER')),
  body               text NOT NULL CHECK (length(body) <= 20000),
  video_sha256       text REFERENCES guidance_media (sha256),
  video_name         text CHECK (length(video_name) <= 200),
  video_url          text CHECK (video_url ~ '^https://' AND length(video_url) <= 500),
  pass_mark_percent  int NOT NULL CHECK (pass_mark_percent BETWEEN 1 AND 100),
  published          boolean NOT NULL DEFAULT false,
  published_on       date,
  owner_division     text CHECK (owner_division ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12})$'),
  owner_provider     uuid,
  created_by         uuid REFERENCES platform_account (id),
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  CHECK ((owner_division IS NULL) <> (owner_provider IS NULL)),
  CHECK (video_sha256 IS NULL OR video_url IS NULL),
  CHECK (NOT published OR video_sha256 IS NOT NULL OR video_url IS NOT NULL)
);
CREATE INDEX guidance_course_published_idx ON guidance_course (published, age_band);
CREATE INDEX guidance_course_division_idx ON guidance_course (owner_division text_pattern_ops);
CREATE INDEX guidance_course_provider_idx ON guidance_course (owner_provider);
COMMENT ON TABLE guidance_course IS 'Online classes (网上课堂): the course library; owned by an officer''s area or a guidance provider, published to every family';
COMMENT ON COLUMN guidance_course.owner_division IS 'The area of the officer who created it: officers of that area manage it';
COMMENT ON COLUMN guidance_course.owner_provider IS 'The guidance provider whose worker created it: that provider''s workers manage it';

CREATE TABLE guidance_course_question (
  course_id  uuid NOT NULL REFERENCES guidance_course (id) ON DELETE CASCADE,
  position   int NOT NULL CHECK (position >= 1),
  text       text NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
  options    text[] NOT NULL CHECK (cardinality(options) BETWEEN 2 AND 6),
  answer     int NOT NULL CHECK (answer >= 0),
  PRIMARY KEY (course_id, position),
  CHECK (answer < cardinality(options))
);
COMMENT ON TABLE guidance_course_question IS 'The quiz of a course: questions with their options and the index of the right one';

CREATE TABLE guidance_course_progress (
  account_id    uuid NOT NULL REFERENCES platform_account (id),
  course_id     uuid NOT NULL REFERENCES guidance_course (id),
  watched_share numeric(4, 3) NOT NULL DEFAULT 0 CHECK (watched_share BETWEEN 0 AND 1),
  quiz_attempts int NOT NULL DEFAULT 0 CHECK (quiz_attempts >= 0),
  best_score    int CHECK (best_score BETWEEN 0 AND 100),
  quiz_passed   boolean NOT NULL DEFAULT false,
  completed_on  date,
  started_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  PRIMARY KEY (account_id, course_id),
  CHECK (completed_on IS NULL OR quiz_passed)
);
CREATE INDEX guidance_course_progress_course_idx ON guidance_course_progress (course_id);
COMMENT ON TABLE guidance_course_progress IS 'A guardian''s progress in a course: the largest share of the video watched, the quiz and the day it was completed';
COMMENT ON COLUMN guidance_course_progress.best_score IS 'The best quiz result, in percent of the questions answered right';
