package de.kooperationsatlas.security;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface UserRepository extends Neo4jRepository<UserNode, String> {}
