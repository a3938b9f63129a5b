// Point index for distance queries on municipality seats; name and type indexes for search and filters.
CREATE POINT INDEX municipality_location IF NOT EXISTS FOR (m:Municipality) ON (m.location);
CREATE TEXT INDEX municipality_name IF NOT EXISTS FOR (m:Municipality) ON (m.name);
CREATE TEXT INDEX district_name IF NOT EXISTS FOR (d:District) ON (d.name);
CREATE TEXT INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX actor_type IF NOT EXISTS FOR (a:Actor) ON (a.type);
CREATE INDEX change_log_at IF NOT EXISTS FOR (c:ChangeLog) ON (c.at);
