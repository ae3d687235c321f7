-- The sign-in account a staff member uses at the institution (issue 19): a caregiver's account reaches the
-- classes the person is assigned to, e.g. to record the daily report (一日生活记录) of their children.
ALTER TABLE staff_employment ADD COLUMN account_id uuid REFERENCES platform_account (id);
-- an account belongs to at most one current employment
CREATE UNIQUE INDEX staff_employment_account_idx ON staff_employment (account_id)
  WHERE account_id IS NOT NULL AND ended_on IS NULL;
COMMENT ON COLUMN staff_employment.account_id IS 'The institution account the person signs in with during this employment';
