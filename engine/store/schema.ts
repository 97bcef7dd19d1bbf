/** Tables of the control plane. `version_num` orders versions: 0 is $LATEST. */
export const controlPlaneSchema = `
CREATE TABLE IF NOT EXISTS functions (
  region TEXT NOT NULL,
  name TEXT NOT NULL,
  last_version INTEGER NOT NULL DEFAULT 0,
  reserved_concurrency INTEGER,
  tags TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (region, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS function_versions (
  region TEXT NOT NULL,
  name TEXT NOT NULL,
  version TEXT NOT NULL,
  version_num INTEGER NOT NULL,
  config TEXT NOT NULL,
  code_sha TEXT NOT NULL,
  code_size INTEGER NOT NULL,
  revision_id TEXT NOT NULL,
  code_revision TEXT NOT NULL,
  last_modified TEXT NOT NULL,
  state TEXT NOT NULL,
  last_update_status TEXT,
  policy TEXT,
  PRIMARY KEY (region, name, version_num),
  FOREIGN KEY (region, name) REFERENCES functions (region, name) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS aliases (
  region TEXT NOT NULL,
  name TEXT NOT NULL,
  alias TEXT NOT NULL,
  function_version TEXT NOT NULL,
  description TEXT NOT NULL,
  weights TEXT,
  revision_id TEXT NOT NULL,
  policy TEXT,
  PRIMARY KEY (region, name, alias),
  FOREIGN KEY (region, name) REFERENCES functions (region, name) ON DELETE CASCADE
) WITHOUT ROWID;
`;
