-- The sign-in account a staff member uses at the institution of an employment (issue 19): what follows
-- a class assignment (the conversations of the class's children) reaches that account. One account
-- serves one open employment; ending the employment ends the link.
ALTER TABLE staff_employment ADD COLUMN account_id uuid REFERENCES platform_account (id);
CREATE UNIQUE INDEX staff_employment_account_uq ON staff_employment (account_id)
  WHERE account_id IS NOT NULL AND ended_on IS NULL;
COMMENT ON COLUMN staff_employment.account_id IS 'The institution account the person signs in with for this employment, if linked';
