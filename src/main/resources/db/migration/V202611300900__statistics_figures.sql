-- Statistics (issue 8): one summary row per institution, kept current by events and rebuilt set-based
CREATE TABLE statistics_institution_figure (
  institution_id  uuid PRIMARY KEY REFERENCES institution_institution (id),
  division_code   text NOT NULL,
  operating       boolean NOT NULL,
  inclusive_until date,
  demonstration   boolean NOT NULL,
  public_owned    boolean NOT NULL,
  places          integer NOT NULL,
  placed          integer NOT NULL,
  trial_redeemed  integer NOT NULL,
  trial_converted integer NOT NULL,
  communities     text[] NOT NULL,
  staff           integer NOT NULL,
  staff_certified integer NOT NULL,
  recheck_on      date,
  refreshed_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX statistics_institution_figure_division_idx
  ON statistics_institution_figure (division_code text_pattern_ops) WHERE operating;
COMMENT ON TABLE statistics_institution_figure IS 'Per institution the figures behind the plan''s indicators (main site street, operating, inclusive until, demonstration, public, places, children placed, trial vouchers redeemed and converted, communities with a site, staff and certified staff), refreshed by events';
COMMENT ON COLUMN statistics_institution_figure.recheck_on IS 'The next day the staff figures change by the calendar alone (a certificate expires, an employment starts or ends): refreshed then';
COMMENT ON COLUMN statistics_institution_figure.refreshed_at IS 'When the figures last changed';
CREATE INDEX statistics_institution_figure_recheck_idx ON statistics_institution_figure (recheck_on);
