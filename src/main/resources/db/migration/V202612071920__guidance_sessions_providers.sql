-- Parenting guidance (issue 18): the guidance providers (育儿指导机构) that counties, streets and
-- communities buy services from, their qualification documents, and the commissions (委托,
-- 政府购买服务) that give a provider an area, a period, a number of sessions and a budget.

CREATE TABLE guidance_provider (
  id            uuid PRIMARY KEY,
  name          text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
  kind          text NOT NULL CHECK (kind IN ('MATERNAL_CHILD_HEALTH', 'COMMUNITY_HEALTH_CENTRE', 'DEMONSTRATION_INSTITUTION',
                  'COMMISSIONED_COMPANY')),
  credit_code   text NOT NULL UNIQUE CHECK (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
  contact_name  text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 30),
  contact_phone text NOT NULL CHECK (contact_phone ~ '^[0-9][0-9-]{6,19}$'),
  division_code text NOT NULL CHECK (division_code ~ '^[0-9]{6}([0-9]{3})?$'),
  created_by    uuid REFERENCES platform_account (id),
  created_at    timestamptz NOT NULL
);
CREATE INDEX guidance_provider_division_idx ON guidance_provider (division_code text_pattern_ops);
COMMENT ON TABLE guidance_provider IS 'Guidance providers (育儿指导机构): maternal and child health centres, community health centres, demonstration institutions, commissioned companies';
COMMENT ON COLUMN guidance_provider.division_code IS 'The provider''s home county (6 digits) or street (9 digits): the administrators who registered it';
COMMENT ON COLUMN guidance_provider.contact_phone IS 'The organisation''s contact number (a public office number, not a person''s)';

CREATE TABLE guidance_provider_document (
  id            uuid PRIMARY KEY,
  provider_id   uuid NOT NULL REFERENCES guidance_provider (id),
  document_type text NOT NULL CHECK (document_type IN ('LICENCE', 'MEDICAL_LICENCE', 'QUALIFICATION', 'OTHER')),
  file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type  text NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes    int NOT NULL CHECK (size_bytes > 0),
  sha256        text NOT NULL,
  content       bytea NOT NULL,
  uploaded_by   uuid REFERENCES platform_account (id),
  uploaded_at   timestamptz NOT NULL
);
CREATE INDEX guidance_provider_document_provider_idx ON guidance_provider_document (provider_id);
COMMENT ON TABLE guidance_provider_document IS 'Qualification documents of a guidance provider; the type is checked from the content';

CREATE TABLE guidance_commission (
  id          uuid PRIMARY KEY,
  provider_id uuid NOT NULL REFERENCES guidance_provider (id),
  title       text NOT NULL CHECK (length(title) BETWEEN 2 AND 100),
  area_code   text NOT NULL CHECK (area_code ~ '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$'),
  starts_on   date NOT NULL,
  ends_on     date NOT NULL,
  sessions    int NOT NULL CHECK (sessions BETWEEN 1 AND 100000),
  budget      numeric(12, 2) NOT NULL CHECK (budget >= 0),
  created_by  uuid REFERENCES platform_account (id),
  created_at  timestamptz NOT NULL,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX guidance_commission_provider_idx ON guidance_commission (provider_id);
CREATE INDEX guidance_commission_area_idx ON guidance_commission (area_code text_pattern_ops);
COMMENT ON TABLE guidance_commission IS 'Commissions (委托, 政府购买服务) by a county, street or community: a provider runs a number of free sessions in an area during a period for a budget';
COMMENT ON COLUMN guidance_commission.area_code IS 'The commissioning county (6 digits), street (9) or community (12): where the sessions take place';
