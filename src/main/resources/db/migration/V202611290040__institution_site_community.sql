-- The community/village (社区/村) a site is in, optional: the directory starts searches from it.
ALTER TABLE institution_site ADD COLUMN community_code text
    CHECK (community_code IS NULL OR (community_code ~ '^[0-9]{12}$' AND starts_with(community_code, division_code)));
CREATE INDEX institution_site_community_idx ON institution_site (community_code) WHERE community_code IS NOT NULL;
COMMENT ON COLUMN institution_site.community_code IS 'Community/village of the site (12-digit division code), optional';
