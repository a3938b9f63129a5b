// Users sign in by name; the store marker records which profile made the store.
CREATE CONSTRAINT user_name IF NOT EXISTS FOR (u:User) REQUIRE u.name IS UNIQUE;
CREATE CONSTRAINT atlas_store_id IF NOT EXISTS FOR (s:AtlasStore) REQUIRE s.id IS UNIQUE;
