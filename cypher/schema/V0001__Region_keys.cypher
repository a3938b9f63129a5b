// Regions are keyed by their official key (AGS): state 2, district 5, municipality 8 digits.
CREATE CONSTRAINT state_ags IF NOT EXISTS FOR (s:State) REQUIRE s.ags IS UNIQUE;
CREATE CONSTRAINT district_ags IF NOT EXISTS FOR (d:District) REQUIRE d.ags IS UNIQUE;
CREATE CONSTRAINT municipality_ags IF NOT EXISTS FOR (m:Municipality) REQUIRE m.ags IS UNIQUE;
