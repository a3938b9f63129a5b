package de.kooperationsatlas.console;

import java.time.ZonedDateTime;

/** A query the user ran in the console, with its parameters as JSON text. */
public record ConsoleHistoryEntry(String query, String parameters, ZonedDateTime at) {}
