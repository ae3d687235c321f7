CREATE TABLE region_division (
    code        text PRIMARY KEY CHECK (code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12})$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    level       text NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'STREET', 'COMMUNITY')),
    parent_code text REFERENCES region_division (code),
    CONSTRAINT region_division_parent_prefix CHECK (parent_code IS NULL OR starts_with(code, parent_code))
);
CREATE INDEX region_division_parent_idx ON region_division (parent_code);
CREATE INDEX region_division_code_prefix_idx ON region_division (code text_pattern_ops);
COMMENT ON TABLE region_division IS 'Statistical divisions (统计用区划): province, city, county, street/town, community/village';

CREATE TABLE region_population (
    division_code text    NOT NULL REFERENCES region_division (code),
    year          int     NOT NULL CHECK (year BETWEEN 1950 AND 2100),
    residents     bigint  NOT NULL CHECK (residents >= 0),
    source        text    NOT NULL DEFAULT '',
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    text,
    PRIMARY KEY (division_code, year)
);
COMMENT ON TABLE region_population IS 'Resident (常住) population per division and year, from census or regulators';

CREATE TABLE region_baseline_figure (
    division_code text    NOT NULL REFERENCES region_division (code),
    year          int     NOT NULL CHECK (year BETWEEN 1950 AND 2100),
    code          text    NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    value         numeric(14,2) NOT NULL,
    source        text    NOT NULL DEFAULT '',
    PRIMARY KEY (division_code, year, code)
);
COMMENT ON TABLE region_baseline_figure IS 'Figures stated by the plan for years before the system''s own data (e.g. places, children 0-3)';
