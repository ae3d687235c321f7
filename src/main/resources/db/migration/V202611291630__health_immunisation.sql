-- Health (issue 7 item 6): the immunisation status (预防接种) of a child at admission, with the
-- vaccination certificate, and the catch-up (补种) reminders sent to the guardians.
CREATE TABLE health_immunisation (
  child_id         uuid PRIMARY KEY REFERENCES family_child (id),
  institution_id   uuid NOT NULL REFERENCES institution_institution (id),
  division_code    text NOT NULL,
  status           text NOT NULL CHECK (status IN ('UP_TO_DATE', 'CATCH_UP_NEEDED')),
  vaccines         text CHECK (length(vaccines) <= 200),
  catch_up_due     date,
  recorded_on      date NOT NULL,
  certificate      bytea,
  certificate_type text CHECK (certificate_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  reminder_sent_at timestamptz,
  recorded_by      uuid REFERENCES platform_account (id),
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((certificate IS NULL) = (certificate_type IS NULL)),
  CHECK (status = 'UP_TO_DATE' OR (vaccines IS NOT NULL AND catch_up_due IS NOT NULL))
);
CREATE INDEX health_immunisation_catch_up_idx ON health_immunisation (catch_up_due) WHERE status = 'CATCH_UP_NEEDED';
COMMENT ON TABLE health_immunisation IS 'Immunisation status (预防接种) of a child at admission: up to date or catch-up needed (which vaccines, by when), the certificate, when the guardians were last reminded';
