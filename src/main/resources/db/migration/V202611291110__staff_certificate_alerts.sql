-- The day the institution was told a certificate is about to expire, so each is announced once.
ALTER TABLE staff_certificate ADD COLUMN expiry_alerted_on date;
CREATE INDEX staff_certificate_expiry_idx ON staff_certificate (expires_on) WHERE expiry_alerted_on IS NULL;
