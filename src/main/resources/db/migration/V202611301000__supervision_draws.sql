-- Supervision (双随机、一公开): the inspector roster, inspection plans and their verifiable
-- double-random draws. A draw is sealed (seed hash and inputs hash published), then made once
-- (seed and result published); a made draw can never change.
CREATE TABLE supervision_inspector (
  account_id    uuid PRIMARY KEY REFERENCES platform_account (id),
  display_name  text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 50),
  division_code text NOT NULL CHECK (length(division_code) IN (4, 6)),
  active        boolean NOT NULL DEFAULT true,
  enrolled_by   uuid NOT NULL REFERENCES platform_account (id),
  enrolled_at   timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX supervision_inspector_division_idx ON supervision_inspector (division_code);
COMMENT ON TABLE supervision_inspector IS 'Inspector roster (执法检查人员名录): officer accounts with role INSPECTOR enrolled by a district or city administrator for double-random draws; only active ones are drawn';

CREATE TABLE supervision_inspector_workplace (
  account_id     uuid NOT NULL REFERENCES supervision_inspector (account_id),
  institution_id uuid NOT NULL REFERENCES institution_institution (id),
  declared_by    uuid NOT NULL REFERENCES platform_account (id),
  declared_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, institution_id)
);
COMMENT ON TABLE supervision_inspector_workplace IS 'Institutions an inspector declared having worked at: a conflict of interest, never drawn together';

CREATE TABLE supervision_plan (
  id                         uuid PRIMARY KEY,
  division_code              text NOT NULL CHECK (length(division_code) IN (4, 6)),
  name                       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  period_start               date NOT NULL,
  period_end                 date NOT NULL,
  sampling                   text NOT NULL CHECK (sampling IN ('RATIO', 'COUNT')),
  sampling_value             integer NOT NULL CHECK (sampling_value > 0),
  inspectors_per_institution integer NOT NULL CHECK (inspectors_per_institution > 0),
  statuses                   text[] NOT NULL CHECK (cardinality(statuses) > 0
                               AND statuses <@ ARRAY['DRAFT', 'FILED', 'VERIFIED', 'SUSPENDED', 'CLOSED']::text[]),
  categories                 text[] NOT NULL DEFAULT '{}'
                               CHECK (categories <@ ARRAY['STANDALONE', 'KINDERGARTEN_CLASS', 'EMPLOYER',
                                                          'COMMUNITY_SITE', 'FAMILY_POINT']::text[]),
  streets                    text[] NOT NULL DEFAULT '{}',
  inclusive_only             boolean NOT NULL DEFAULT false,
  exclude_previous_round     boolean NOT NULL,
  status                     text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SEALED', 'DRAWN')),
  created_by                 uuid NOT NULL REFERENCES platform_account (id),
  created_at                 timestamptz NOT NULL DEFAULT now(),
  CHECK (period_end >= period_start),
  CHECK (sampling <> 'RATIO' OR sampling_value <= 100)
);
CREATE INDEX supervision_plan_division_idx ON supervision_plan (division_code, period_start);
COMMENT ON TABLE supervision_plan IS 'Inspection plans (抽查计划): a division, a period, how many institutions to draw (ratio or count), inspectors per institution and which institutions are eligible; editable only until sealed';

CREATE TABLE supervision_draw (
  id           uuid PRIMARY KEY,
  plan_id      uuid NOT NULL UNIQUE REFERENCES supervision_plan (id),
  inputs       bytea NOT NULL,
  inputs_hash  text NOT NULL CHECK (inputs_hash ~ '^[0-9a-f]{64}$'),
  seed         bytea NOT NULL CHECK (length(seed) = 32),
  seed_hash    text NOT NULL CHECK (seed_hash ~ '^[0-9a-f]{64}$'),
  sealed_by    uuid NOT NULL REFERENCES platform_account (id),
  sealed_at    timestamptz NOT NULL DEFAULT now(),
  result       text,
  drawn_by     uuid REFERENCES platform_account (id),
  drawn_at     timestamptz,
  CHECK ((result IS NULL) = (drawn_at IS NULL) AND (drawn_at IS NULL) = (drawn_by IS NULL))
);
COMMENT ON TABLE supervision_draw IS 'Double-random draws (双随机抽取): the frozen canonical inputs and secret seed with their published SHA-256 hashes (sealed), then the result computed from them (drawn); one per plan, immutable once drawn';

-- A sealed draw may only be completed once; its inputs and seed never change; nothing is deleted.
CREATE FUNCTION supervision_draw_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'supervision_draw rows are never deleted' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.drawn_at IS NOT NULL THEN
    RAISE EXCEPTION 'draw % was made and is immutable', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.plan_id <> OLD.plan_id OR NEW.inputs <> OLD.inputs OR NEW.inputs_hash <> OLD.inputs_hash
     OR NEW.seed <> OLD.seed OR NEW.seed_hash <> OLD.seed_hash OR NEW.sealed_at <> OLD.sealed_at
     OR NEW.sealed_by <> OLD.sealed_by THEN
    RAISE EXCEPTION 'the sealed inputs of draw % are immutable', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER supervision_draw_immutable BEFORE UPDATE OR DELETE ON supervision_draw
  FOR EACH ROW EXECUTE FUNCTION supervision_draw_immutable();
