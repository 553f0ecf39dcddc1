package dev.cloudtest.reports;

/** A report file that could not be read, and why. */
public record UnreadableReport(String file, String reason) {}
