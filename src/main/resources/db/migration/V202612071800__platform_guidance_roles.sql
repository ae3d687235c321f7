-- Parenting guidance (issue 18): two roles. COMMUNITY_HEALTH works for a community health service
-- centre and is scoped to a street; GUIDANCE_PROVIDER works for a commissioned guidance provider
-- and sees only what that provider is commissioned for (provider_id, kept by the guidance module).

ALTER TABLE platform_account ADD COLUMN provider_id uuid;

ALTER TABLE platform_account DROP CONSTRAINT platform_account_role_check;
ALTER TABLE platform_account ADD CONSTRAINT platform_account_role_check CHECK (role IN ('CITY_ADMIN', 'DISTRICT_ADMIN',
  'STREET_OFFICER', 'INSPECTOR', 'INSTITUTION_ADMIN', 'CAREGIVER', 'HEALTH_WORKER', 'GUARDIAN', 'COMMUNITY_HEALTH',
  'GUIDANCE_PROVIDER'));

ALTER TABLE platform_account DROP CONSTRAINT platform_account_scope;
ALTER TABLE platform_account ADD CONSTRAINT platform_account_scope CHECK (
  (role IN ('CITY_ADMIN', 'DISTRICT_ADMIN', 'STREET_OFFICER', 'INSPECTOR', 'COMMUNITY_HEALTH')
    AND division_code IS NOT NULL AND institution_id IS NULL AND provider_id IS NULL)
  OR (role IN ('INSTITUTION_ADMIN', 'CAREGIVER', 'HEALTH_WORKER') AND institution_id IS NOT NULL AND provider_id IS NULL)
  OR (role = 'GUIDANCE_PROVIDER' AND provider_id IS NOT NULL AND institution_id IS NULL)
  OR (role = 'GUARDIAN' AND division_code IS NULL AND institution_id IS NULL AND provider_id IS NULL));

COMMENT ON COLUMN platform_account.provider_id IS 'The guidance provider a GUIDANCE_PROVIDER account works for';
