-- Parenting guidance (issue 18): what the guidance indicators read, kept with every service
-- recorded, so that a city's or a nation's figures need no scan of all services.

CREATE TABLE guidance_child_year (
  child_id      uuid NOT NULL REFERENCES guidance_child (id),
  year          int  NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  services      int  NOT NULL DEFAULT 0 CHECK (services >= 0),
  free_sessions int  NOT NULL DEFAULT 0 CHECK (free_sessions >= 0),
  PRIMARY KEY (child_id, year)
);
COMMENT ON TABLE guidance_child_year IS 'Per registered child and year: guidance services received and how many were free sessions (the quota)';

CREATE TABLE guidance_community_year (
  community_code text NOT NULL CHECK (community_code ~ '^[0-9]{12}$'),
  year           int  NOT NULL CHECK (year BETWEEN 2000 AND 2200),
  PRIMARY KEY (community_code, year)
);
COMMENT ON TABLE guidance_community_year IS 'Communities where a child living there received a guidance service in the year (community infant-care service coverage)';

CREATE INDEX guidance_child_area_idx ON guidance_child ((coalesce(community_code, division_code)) text_pattern_ops);
