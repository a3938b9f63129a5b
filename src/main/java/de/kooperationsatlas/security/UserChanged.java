package de.kooperationsatlas.security;

/**
 * Published when a user's password, roles, regions or enabled flag may have changed: the user's
 * sessions end and remembered HTTP Basic credentials are forgotten, so the change applies at once.
 *
 * @param name the user's sign-in name
 */
public record UserChanged(String name) {}
