CREATE TABLE platform_notification (
    id          uuid        PRIMARY KEY,
    account_id  uuid        NOT NULL REFERENCES platform_account (id),
    message_key text        NOT NULL,
    arguments   text[]      NOT NULL DEFAULT '{}',
    link        text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    read_at     timestamptz
);
CREATE INDEX platform_notification_inbox_idx ON platform_notification (account_id, created_at DESC);
CREATE INDEX platform_notification_unread_idx ON platform_notification (account_id) WHERE read_at IS NULL;
COMMENT ON TABLE platform_notification IS 'In-app inbox: one row per message to one account, text rendered in the reader''s language';

CREATE TABLE platform_calendar_day (
    day        date        PRIMARY KEY,
    kind       text        NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    note       text        NOT NULL DEFAULT '',
    updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE platform_calendar_day IS 'Exceptions to the weekend rule: public holidays on weekdays and adjusted working days on weekends';
