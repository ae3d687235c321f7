-- Outbound notification channels (issue 19 item 7): each guardian's choice of what reaches the phone
-- outside the app (SMS or WeChat through the city's gateway) and their quiet hours, and the outbox of
-- deliveries: one row per inbox notification forwarded, held through quiet hours, retried with backoff,
-- never deleted.

CREATE TABLE messaging_channel_preference (
  account_id     uuid PRIMARY KEY REFERENCES platform_account (id),
  messages       boolean NOT NULL,
  daily_summary  boolean NOT NULL,
  announcements  boolean NOT NULL,
  photos         boolean NOT NULL,
  others         boolean NOT NULL,
  quiet_hours    boolean NOT NULL,
  quiet_from     time NOT NULL,
  quiet_until    time NOT NULL,
  updated_at     timestamptz NOT NULL,
  CHECK (quiet_from <> quiet_until)
);
COMMENT ON TABLE messaging_channel_preference IS 'A guardian''s outbound notification choices: the kinds forwarded and the quiet hours; without a row the defaults';

CREATE TABLE messaging_channel_delivery (
  id               uuid PRIMARY KEY,
  notification_id  uuid NOT NULL UNIQUE,
  account_id       uuid NOT NULL REFERENCES platform_account (id),
  kind             text NOT NULL CHECK (kind IN ('MESSAGES', 'DAILY_SUMMARY', 'ANNOUNCEMENTS', 'PHOTOS', 'OTHERS')),
  text             text NOT NULL,
  link             text,
  status           text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  created_at       timestamptz NOT NULL,
  due_at           timestamptz NOT NULL,
  next_attempt_at  timestamptz NOT NULL,
  attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error       text,
  sent_at          timestamptz,
  CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
  CHECK (due_at >= created_at)
);
-- what the sending job claims
CREATE INDEX messaging_channel_delivery_due_idx ON messaging_channel_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX messaging_channel_delivery_account_idx ON messaging_channel_delivery (account_id, created_at DESC);
COMMENT ON TABLE messaging_channel_delivery IS 'Outbox of notifications forwarded to the outbound channel: held in quiet hours, retried with backoff, kept';
COMMENT ON COLUMN messaging_channel_delivery.due_at IS 'The first moment it may go out: at once, or when the guardian''s quiet hours end';
