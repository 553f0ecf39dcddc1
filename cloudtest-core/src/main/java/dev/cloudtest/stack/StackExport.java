package dev.cloudtest.stack;

/** One account-wide export (ListExports), unique by name per account and Region. */
public record StackExport(String name, String value, String exportingStackId) {}
