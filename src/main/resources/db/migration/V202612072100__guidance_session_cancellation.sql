-- A provider cancels a session before it starts, with a reason the families who booked it are told.
ALTER TABLE guidance_session
  ADD COLUMN cancel_reason text CHECK (char_length(cancel_reason) BETWEEN 1 AND 200),
  ADD COLUMN cancelled_by  uuid REFERENCES platform_account (id),
  ADD COLUMN cancelled_at  timestamptz;

ALTER TABLE guidance_session
  ADD CONSTRAINT guidance_session_cancellation CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL));

COMMENT ON COLUMN guidance_session.cancel_reason IS 'why the session was cancelled, told to the families who had booked it';
COMMENT ON COLUMN guidance_session.cancelled_by IS 'the provider''s worker who cancelled it';
COMMENT ON COLUMN guidance_session.cancelled_at IS 'when it was cancelled';
