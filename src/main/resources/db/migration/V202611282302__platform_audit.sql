CREATE TABLE platform_audit_event (
    seq            bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    actor_id       uuid,
    actor_name     text        NOT NULL,
    action         text        NOT NULL,
    target_type    text,
    target_id      text,
    division_code  text,
    institution_id uuid,
    details        text        NOT NULL DEFAULT '',
    remote_address text,
    previous_hash  text        NOT NULL,
    hash           text        NOT NULL UNIQUE
);
CREATE INDEX platform_audit_event_occurred_idx ON platform_audit_event (occurred_at);
CREATE INDEX platform_audit_event_actor_idx ON platform_audit_event (actor_name);
CREATE INDEX platform_audit_event_target_idx ON platform_audit_event (target_type, target_id);
COMMENT ON TABLE platform_audit_event IS 'Append-only, hash-chained audit log: each row stores the hash of the previous row';

CREATE FUNCTION platform_audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'platform_audit_event is append-only';
END;
$$;
CREATE TRIGGER platform_audit_event_no_update BEFORE UPDATE OR DELETE ON platform_audit_event
    FOR EACH ROW EXECUTE FUNCTION platform_audit_event_append_only();
CREATE TRIGGER platform_audit_event_no_truncate BEFORE TRUNCATE ON platform_audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION platform_audit_event_append_only();
