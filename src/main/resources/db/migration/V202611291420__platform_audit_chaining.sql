-- Appends to the audit log no longer wait for one another (they used to serialise on one lock held
-- until each commit, so every write of the platform waited for the commits before it): an event is
-- written at once without its hash, and one chainer at a time links the pending events in a single
-- transaction, in the order it finds them (chain_position). A row may be updated exactly once, to
-- set its link; nothing else about it may change, and nothing may be deleted or truncated.
ALTER TABLE platform_audit_event
  ALTER COLUMN previous_hash DROP NOT NULL,
  ALTER COLUMN hash DROP NOT NULL,
  ADD COLUMN chain_position bigint UNIQUE;

ALTER TABLE platform_audit_event DISABLE TRIGGER platform_audit_event_no_update;
UPDATE platform_audit_event SET chain_position = seq;
ALTER TABLE platform_audit_event ENABLE TRIGGER platform_audit_event_no_update;

ALTER TABLE platform_audit_event ADD CONSTRAINT platform_audit_event_link_check
  CHECK ((hash IS NULL) = (previous_hash IS NULL) AND (hash IS NULL) = (chain_position IS NULL));
CREATE INDEX platform_audit_event_pending_idx ON platform_audit_event (seq) WHERE hash IS NULL;

CREATE OR REPLACE FUNCTION platform_audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND NEW.hash IS NOT NULL
       AND (NEW.seq, NEW.occurred_at, NEW.actor_id, NEW.actor_name, NEW.action, NEW.target_type, NEW.target_id,
            NEW.division_code, NEW.institution_id, NEW.details, NEW.remote_address)
           IS NOT DISTINCT FROM
           (OLD.seq, OLD.occurred_at, OLD.actor_id, OLD.actor_name, OLD.action, OLD.target_type, OLD.target_id,
            OLD.division_code, OLD.institution_id, OLD.details, OLD.remote_address) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'platform_audit_event is append-only';
END;
$$;

COMMENT ON COLUMN platform_audit_event.chain_position IS 'Position in the hash chain, set once by the chainer; null while pending';
