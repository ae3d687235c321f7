-- The enrollment record (issue 5): a placement's monthly fee (from the published fees, never above
-- an inclusive institution's cap), its signed contract, and how and when it ended (left or
-- transferred to another institution).
ALTER TABLE enrollment_placement
  ADD COLUMN monthly_fee numeric(12,2) CHECK (monthly_fee >= 0),
  ADD COLUMN contract bytea,
  ADD COLUMN contract_type text CHECK (contract_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  ADD COLUMN contract_uploaded_at timestamptz,
  ADD COLUMN end_date date,
  ADD COLUMN end_reason text CHECK (end_reason IN ('LEFT', 'TRANSFER'));

UPDATE enrollment_placement SET end_reason = 'LEFT', end_date = (ended_at AT TIME ZONE 'Asia/Shanghai')::date
WHERE status = 'ENDED';

ALTER TABLE enrollment_placement
  ADD CONSTRAINT enrollment_placement_contract_check CHECK ((contract IS NULL) = (contract_type IS NULL)),
  ADD CONSTRAINT enrollment_placement_end_check CHECK ((status = 'ENDED') = (end_reason IS NOT NULL AND end_date IS NOT NULL));

CREATE INDEX enrollment_placement_institution_idx ON enrollment_placement (institution_id, status);

COMMENT ON COLUMN enrollment_placement.monthly_fee IS 'agreed monthly fee (CNY) for a full month; at most the published fee and an inclusive cap';
COMMENT ON COLUMN enrollment_placement.end_reason IS 'LEFT: the child left; TRANSFER: moved to another institution';
