-- Vouchers (issue 5 item 6): a district runs programmes that issue trial vouchers (体验券, free
-- days) and consumption vouchers (消费券, an amount per month) to eligible children; participating
-- institutions redeem them once, before they expire.
CREATE TABLE enrollment_voucher_programme (
  id              uuid PRIMARY KEY,
  division_code   text NOT NULL CHECK (division_code ~ '^[0-9]{6}$'),
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  kind            text NOT NULL CHECK (kind IN ('TRIAL', 'CONSUMPTION')),
  trial_days      integer CHECK (trial_days BETWEEN 1 AND 90),
  monthly_amount  numeric(12,2) CHECK (monthly_amount > 0),
  valid_from      date NOT NULL,
  valid_until     date NOT NULL,
  min_age_months  integer NOT NULL CHECK (min_age_months BETWEEN 0 AND 72),
  max_age_months  integer NOT NULL CHECK (max_age_months BETWEEN 0 AND 72),
  streets         text[] NOT NULL DEFAULT '{}',
  created_by      uuid REFERENCES platform_account (id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_until >= valid_from),
  CHECK (max_age_months >= min_age_months),
  CHECK ((kind = 'TRIAL' AND trial_days IS NOT NULL AND monthly_amount IS NULL)
      OR (kind = 'CONSUMPTION' AND monthly_amount IS NOT NULL AND trial_days IS NULL)),
  UNIQUE (division_code, name)
);
COMMENT ON TABLE enrollment_voucher_programme IS 'Voucher programmes a district runs: trial (free days) or consumption (amount per month), validity and eligibility rule (age range in months at issue, streets or the whole district when streets is empty)';

CREATE TABLE enrollment_voucher_institution (
  programme_id   uuid NOT NULL REFERENCES enrollment_voucher_programme (id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  added_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (programme_id, institution_id)
);
CREATE INDEX enrollment_voucher_institution_idx ON enrollment_voucher_institution (institution_id);
COMMENT ON TABLE enrollment_voucher_institution IS 'Institutions of the programme''s district, chosen by an officer, where its vouchers can be redeemed';

CREATE TABLE enrollment_voucher (
  id                      uuid PRIMARY KEY,
  programme_id            uuid NOT NULL REFERENCES enrollment_voucher_programme (id),
  child_id                uuid NOT NULL REFERENCES family_child (id),
  code                    text NOT NULL UNIQUE CHECK (code ~ '^[2-9A-HJ-NP-Z]{8}$'),
  service_month           date CHECK (service_month = date_trunc('month', service_month)::date),
  amount                  numeric(12,2) CHECK (amount > 0),
  trial_days              integer CHECK (trial_days > 0),
  expires_on              date NOT NULL,
  status                  text NOT NULL DEFAULT 'ISSUED' CHECK (status IN ('ISSUED', 'REDEEMED', 'EXPIRED', 'REVOKED')),
  issued_at               timestamptz NOT NULL DEFAULT now(),
  issued_by               uuid REFERENCES platform_account (id),
  redeemed_at             timestamptz,
  redeemed_institution_id uuid REFERENCES institution_institution (id),
  redeemed_by             uuid REFERENCES platform_account (id),
  CHECK ((status = 'REDEEMED') = (redeemed_at IS NOT NULL AND redeemed_institution_id IS NOT NULL)),
  CHECK ((service_month IS NULL AND amount IS NULL AND trial_days IS NOT NULL)
      OR (service_month IS NOT NULL AND amount IS NOT NULL AND trial_days IS NULL)),
  -- one trial voucher per programme and child (month NULL); one consumption voucher per month
  UNIQUE NULLS NOT DISTINCT (programme_id, child_id, service_month)
);
CREATE INDEX enrollment_voucher_child_idx ON enrollment_voucher (child_id);
CREATE INDEX enrollment_voucher_redeemed_idx ON enrollment_voucher (redeemed_institution_id) WHERE status = 'REDEEMED';
CREATE INDEX enrollment_voucher_issued_idx ON enrollment_voucher (expires_on) WHERE status = 'ISSUED';
COMMENT ON TABLE enrollment_voucher IS 'Vouchers issued to children: a short unique code, free days (trial) or the amount of a service month (consumption), expiry, and where and when it was redeemed';
