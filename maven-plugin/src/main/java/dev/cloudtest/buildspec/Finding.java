package dev.cloudtest.buildspec;

import dev.cloudtest.core.LogText;

/**
 * One validation finding, printed as {@code file:line: rule-id: message — fix}.
 *
 * @param file the buildspec file as given
 * @param line 1-based line
 * @param rule stable rule id, e.g. {@code command-not-string}
 * @param severity error (CodeBuild rejects or mishandles it) or warning
 * @param message what is wrong
 * @param fix how to fix it
 */
public record Finding(String file, int line, String rule, Severity severity, String message, String fix) {

    /** Whether CodeBuild rejects or silently mishandles it, or it is only likely wrong. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        // One line whatever the YAML held: keys and values quoted in messages are the file's own text.
        return LogText.escape(file + ":" + line + ": " + rule + ": " + message + " — " + fix);
    }
}
