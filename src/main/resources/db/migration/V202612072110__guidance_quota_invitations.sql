-- Each invitation of a home-cared child's family to book free guidance, so the community sees who
-- was invited when (and who could not be reached online).
CREATE TABLE guidance_quota_invitation (
  id          uuid PRIMARY KEY,
  child_id    uuid NOT NULL REFERENCES guidance_child (id),
  reached     boolean NOT NULL,
  invited_by  uuid REFERENCES platform_account (id),
  invited_at  timestamptz NOT NULL
);
CREATE INDEX guidance_quota_invitation_child_idx ON guidance_quota_invitation (child_id, invited_at DESC);

COMMENT ON TABLE guidance_quota_invitation IS 'invitations of home-cared children behind the free quota: reached = the guardians got an inbox notification';
