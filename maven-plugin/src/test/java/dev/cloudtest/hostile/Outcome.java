package dev.cloudtest.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * What a {@link Goal} run left: the log lines as Maven prints them and what {@code execute()} threw. A
 * {@link MojoFailureException} or {@link MojoExecutionException} is what Maven reports as {@code [ERROR] <message>}
 * (without {@code -e}: the message only); anything else escaping the goal is a crash, which Maven prints with its
 * class name and the user cannot act on.
 */
final class Outcome {
    /** Text that only a stack trace or a leaked exception name puts in front of a user. */
    private static final Pattern STACK_TRACE_TEXT =
            Pattern.compile("(^|\\R)\\s*at [\\w$.]+\\(|\\bjava\\.(lang|io|util|nio)\\.\\w+(Exception|Error)\\b"
                    + "|\\b(StackOverflowError|OutOfMemoryError|NullPointerException|Java heap space)\\b"
                    + "|\\b(com\\.ctc\\.wstx|org\\.yaml\\.snakeyaml|com\\.fasterxml)\\.");

    /** Line breaks a terminal or a log viewer honours. */
    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\u0085\\u2028\\u2029]");

    private final String goal;
    private final List<String> log;
    private final Throwable thrown;

    Outcome(String goal, List<String> log, Throwable thrown) {
        this.goal = goal;
        this.log = log;
        this.thrown = thrown;
    }

    /** What {@code execute()} threw, or null. */
    Throwable thrown() {
        return thrown;
    }

    /** The log lines, {@code [LEVEL] text}. */
    List<String> log() {
        return log;
    }

    /**
     * What the user sees without {@code -X}: the log as one text, debug lines left out, then the failure message as
     * Maven prints it. (The debug log may hold the stack trace of a failure's cause: that is what {@code -X} is for.)
     */
    String output() {
        List<String> all = new ArrayList<>(
                log.stream().filter(l -> !l.startsWith("[DEBUG] ")).toList());
        if (thrown != null) {
            all.add("[ERROR] Failed to execute goal cloudtest:" + goal + ": " + thrown.getMessage());
        }
        return String.join("\n", all);
    }

    /** The {@code [ERROR]} lines: logged errors, then the failure message. */
    List<String> errors() {
        List<String> errors = new ArrayList<>();
        log.stream()
                .filter(l -> l.startsWith("[ERROR] "))
                .map(l -> l.substring("[ERROR] ".length()))
                .forEach(errors::add);
        if (thrown != null) {
            errors.add(thrown.getMessage());
        }
        return errors;
    }

    /** The goal passed: nothing thrown, no {@code [ERROR]} line, no stack trace text. */
    Outcome assertSucceeded() {
        assertThat(thrown).as("%s threw; output:%n%s", goal, output()).isNull();
        assertThat(errors()).as("error lines").isEmpty();
        return assertNoStackTrace();
    }

    /**
     * The goal stopped the build with one clear error: a Maven failure (not a crash), exactly one {@code [ERROR]}
     * line in all, on one line, containing every fragment (name the input and the fix), no stack trace text.
     */
    Outcome assertRefused(String... fragments) {
        assertThat(thrown)
                .as("%s should fail; output:%n%s", goal, output())
                .isNotNull()
                .isInstanceOfAny(MojoFailureException.class, MojoExecutionException.class);
        return assertOneError(fragments);
    }

    /** Exactly one {@code [ERROR]} line (logged or thrown) containing every fragment; no stack trace text. */
    Outcome assertOneError(String... fragments) {
        List<String> errors = errors();
        assertThat(errors).as("error lines of %s; output:%n%s", goal, output()).hasSize(1);
        String error = errors.get(0);
        assertThat(error).as("the error").isNotNull().doesNotContainPattern(LINE_BREAK);
        assertThat(error).as("the error").contains(fragments);
        return assertNoStackTrace();
    }

    /**
     * For goals that log each problem and then fail (or pass) with a summary ({@code validate-buildspec},
     * {@code verify}): exactly one logged {@code [ERROR]} line, on one line, containing every fragment; the goal
     * did not crash; no stack trace text.
     */
    Outcome assertReported(String... fragments) {
        List<String> logged = log.stream()
                .filter(l -> l.startsWith("[ERROR] "))
                .map(l -> l.substring("[ERROR] ".length()))
                .toList();
        assertThat(logged)
                .as("logged error lines of %s; output:%n%s", goal, output())
                .hasSize(1);
        assertThat(logged.get(0))
                .as("the error")
                .doesNotContainPattern(LINE_BREAK)
                .contains(fragments);
        return assertNoStackTrace();
    }

    /** The message the goal failed with (null when it passed). */
    String failure() {
        return thrown == null ? null : thrown.getMessage();
    }

    /** No stack trace, exception class name or parser internals anywhere in the output. */
    Outcome assertNoStackTrace() {
        assertThat(thrown == null || thrown instanceof MojoFailureException || thrown instanceof MojoExecutionException)
                .as("%s crashed with %s", goal, thrown)
                .isTrue();
        assertThat(output()).as("output of %s", goal).doesNotContainPattern(STACK_TRACE_TEXT);
        return this;
    }

    /** A {@code [WARNING]} line contains every fragment. */
    Outcome assertWarned(String... fragments) {
        assertThat(log)
                .as("warnings of %s", goal)
                .anySatisfy(l -> assertThat(l).startsWith("[WARNING] ").contains(fragments));
        return this;
    }
}
