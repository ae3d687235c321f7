-- Per-plan risk weights: how strongly each risk signal (credit, findings, complaints) weighs in the plan's draw.
ALTER TABLE supervision_plan
  ADD COLUMN risk_weights jsonb NOT NULL DEFAULT '{}'::jsonb
    CONSTRAINT supervision_plan_risk_weights_valid CHECK (
      jsonb_typeof(risk_weights) = 'object'
      AND NOT jsonb_path_exists(risk_weights, '$.* ? (@.type() != "number" || @ < 0 || @ > 200 || @ != @.floor())'));

COMMENT ON COLUMN supervision_plan.risk_weights IS 'Risk weight per signal name as a whole percentage 0–200 (e.g. {"credit":100,"findings":100,"complaints":100}); a missing signal weighs 100. Effective factor = max(0, 1 + (factor − 1) × weight / 100)';
