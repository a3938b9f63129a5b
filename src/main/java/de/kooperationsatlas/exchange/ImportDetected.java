package de.kooperationsatlas.exchange;

/**
 * What the import found out about one file.
 *
 * @param encoding {@code UTF-8}, {@code UTF-8 (BOM)} or {@code Windows-1252}
 * @param delimiter {@code ,} or {@code ;}
 * @param rows the records, without the header and empty lines
 */
public record ImportDetected(String encoding, String delimiter, long rows) {}
