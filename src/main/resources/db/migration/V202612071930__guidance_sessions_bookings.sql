-- Parenting guidance (issue 18): the sessions a provider runs under a commission (or a home visit
-- the community plans for one child), the families' bookings with their waitlist, attendance and
-- rating. A session's seats are taken under a lock on its row, so it is never overbooked.

CREATE TABLE guidance_session (
  id               uuid PRIMARY KEY,
  commission_id    uuid NOT NULL REFERENCES guidance_commission (id),
  provider_id      uuid NOT NULL REFERENCES guidance_provider (id),
  kind             text NOT NULL CHECK (kind IN ('HOME_VISIT', 'GROUP_CLASS', 'PARENT_CHILD', 'CONSULTATION', 'LIVE_ONLINE',
                     'RECORDED')),
  topic_code       text NOT NULL REFERENCES guidance_topic (code),
  division_code    text NOT NULL CHECK (division_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
  place            text CHECK (length(place) BETWEEN 1 AND 200),
  latitude         numeric(9, 6) CHECK (latitude BETWEEN 3 AND 54),
  longitude        numeric(9, 6) CHECK (longitude BETWEEN 73 AND 136),
  online_url       text CHECK (online_url ~ '^https?://' AND length(online_url) <= 500),
  capacity         int NOT NULL CHECK (capacity BETWEEN 1 AND 500),
  starts_at        timestamptz NOT NULL,
  ends_at          timestamptz NOT NULL,
  free             boolean NOT NULL DEFAULT true,
  planned_child_id uuid REFERENCES guidance_child (id),
  status           text NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
  created_by       uuid REFERENCES platform_account (id),
  created_at       timestamptz NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK ((latitude IS NULL) = (longitude IS NULL)),
  CHECK ((kind IN ('LIVE_ONLINE', 'RECORDED')) = (online_url IS NOT NULL)),
  CHECK (kind IN ('LIVE_ONLINE', 'RECORDED', 'HOME_VISIT') OR place IS NOT NULL),
  CHECK ((kind = 'HOME_VISIT') = (planned_child_id IS NOT NULL)),
  CHECK (kind <> 'HOME_VISIT' OR capacity = 1)
);
CREATE INDEX guidance_session_commission_idx ON guidance_session (commission_id);
CREATE INDEX guidance_session_provider_idx ON guidance_session (provider_id, starts_at);
CREATE INDEX guidance_session_upcoming_idx ON guidance_session (starts_at, division_code text_pattern_ops);
COMMENT ON TABLE guidance_session IS 'Guidance sessions (指导活动): group classes, parent-child activities, consultations, live and recorded online sessions, and home visits planned per child';
COMMENT ON COLUMN guidance_session.division_code IS 'Where it takes place: the community or street of the place, or the commission''s area for an online session';
COMMENT ON COLUMN guidance_session.planned_child_id IS 'The child a home visit (入户指导) was planned for by the community';

CREATE TABLE guidance_booking (
  id                uuid PRIMARY KEY,
  session_id        uuid NOT NULL REFERENCES guidance_session (id),
  child_id          uuid NOT NULL REFERENCES guidance_child (id),
  status            text NOT NULL CHECK (status IN ('BOOKED', 'WAITLISTED', 'CANCELLED')),
  booked_by         uuid REFERENCES platform_account (id),
  booked_at         timestamptz NOT NULL,
  promoted_at       timestamptz,
  cancelled_at      timestamptz,
  reminded_on       date,
  attended_at       timestamptz,
  attendance_source text CHECK (attendance_source IN ('QR_CODE', 'LIST', 'API')),
  attendance_by     uuid REFERENCES platform_account (id),
  rating            smallint CHECK (rating BETWEEN 1 AND 5),
  rating_comment    text CHECK (length(rating_comment) <= 500),
  rated_at          timestamptz,
  CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
  CHECK (attended_at IS NULL OR status = 'BOOKED'),
  CHECK ((attended_at IS NULL) = (attendance_source IS NULL)),
  CHECK (rating IS NULL OR attended_at IS NOT NULL),
  CHECK ((rating IS NULL) = (rated_at IS NULL))
);
CREATE UNIQUE INDEX guidance_booking_once ON guidance_booking (session_id, child_id) WHERE status <> 'CANCELLED';
CREATE INDEX guidance_booking_session_idx ON guidance_booking (session_id, status, booked_at);
CREATE INDEX guidance_booking_child_idx ON guidance_booking (child_id);
COMMENT ON TABLE guidance_booking IS 'A family''s booking of a guidance session for one child of the register: a seat, or a place on the waitlist; attendance (QR code, the provider''s list or its system) and the guardian''s rating';
COMMENT ON COLUMN guidance_booking.reminded_on IS 'The day the guardians were reminded of the session (the day before it)';
