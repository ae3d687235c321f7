-- Parenting guidance (issue 18): the curriculum sessions take their topic from, by age band
-- (0-6, 6-12, 12-24, 24-36 months) and theme (feeding, sleep, language, movement, safety, emotions,
-- common illnesses). Titles are message keys (guidance.sessions.topic.<code>), in both languages.

CREATE TABLE guidance_topic (
  code        text PRIMARY KEY CHECK (code ~ '^[A-Z_]{3,40}$'),
  from_months int NOT NULL CHECK (from_months >= 0),
  to_months   int NOT NULL CHECK (to_months <= 36),
  theme       text NOT NULL CHECK (theme IN ('FEEDING', 'SLEEP', 'LANGUAGE', 'MOVEMENT', 'SAFETY', 'EMOTIONS', 'ILLNESS')),
  position    int NOT NULL UNIQUE,
  CHECK (to_months > from_months)
);
COMMENT ON TABLE guidance_topic IS 'Curriculum of parenting guidance: one topic per age band [from_months, to_months) and theme';

INSERT INTO guidance_topic (code, from_months, to_months, theme, position) VALUES
  ('YOUNG_INFANT_FEEDING', 0, 6, 'FEEDING', 1),
  ('YOUNG_INFANT_SLEEP', 0, 6, 'SLEEP', 2),
  ('YOUNG_INFANT_LANGUAGE', 0, 6, 'LANGUAGE', 3),
  ('YOUNG_INFANT_MOVEMENT', 0, 6, 'MOVEMENT', 4),
  ('YOUNG_INFANT_SAFETY', 0, 6, 'SAFETY', 5),
  ('YOUNG_INFANT_EMOTIONS', 0, 6, 'EMOTIONS', 6),
  ('YOUNG_INFANT_ILLNESS', 0, 6, 'ILLNESS', 7),
  ('OLDER_INFANT_FEEDING', 6, 12, 'FEEDING', 8),
  ('OLDER_INFANT_SLEEP', 6, 12, 'SLEEP', 9),
  ('OLDER_INFANT_LANGUAGE', 6, 12, 'LANGUAGE', 10),
  ('OLDER_INFANT_MOVEMENT', 6, 12, 'MOVEMENT', 11),
  ('OLDER_INFANT_SAFETY', 6, 12, 'SAFETY', 12),
  ('OLDER_INFANT_EMOTIONS', 6, 12, 'EMOTIONS', 13),
  ('OLDER_INFANT_ILLNESS', 6, 12, 'ILLNESS', 14),
  ('TODDLER_FEEDING', 12, 24, 'FEEDING', 15),
  ('TODDLER_SLEEP', 12, 24, 'SLEEP', 16),
  ('TODDLER_LANGUAGE', 12, 24, 'LANGUAGE', 17),
  ('TODDLER_MOVEMENT', 12, 24, 'MOVEMENT', 18),
  ('TODDLER_SAFETY', 12, 24, 'SAFETY', 19),
  ('TODDLER_EMOTIONS', 12, 24, 'EMOTIONS', 20),
  ('TODDLER_ILLNESS', 12, 24, 'ILLNESS', 21),
  ('OLDER_TODDLER_FEEDING', 24, 36, 'FEEDING', 22),
  ('OLDER_TODDLER_SLEEP', 24, 36, 'SLEEP', 23),
  ('OLDER_TODDLER_LANGUAGE', 24, 36, 'LANGUAGE', 24),
  ('OLDER_TODDLER_MOVEMENT', 24, 36, 'MOVEMENT', 25),
  ('OLDER_TODDLER_SAFETY', 24, 36, 'SAFETY', 26),
  ('OLDER_TODDLER_EMOTIONS', 24, 36, 'EMOTIONS', 27),
  ('OLDER_TODDLER_ILLNESS', 24, 36, 'ILLNESS', 28);
