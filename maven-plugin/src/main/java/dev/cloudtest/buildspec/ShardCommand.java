package dev.cloudtest.buildspec;

import static dev.cloudtest.buildspec.ShellQuoting.singleQuoted;

import java.util.Optional;

/**
 * The {@code codebuild-tests-run} command of a fan-out build (docs/buildspec.md section 11). CodeBuild appends the
 * shard's test files to {@code --test-command} as arguments, so for Maven the command is a small script that
 * takes them as {@code "$@"} (or from CODEBUILD_CURRENT_SHARD_FILES) and turns them into {@code -Dit.test=}.
 */
final class ShardCommand {
    static final String SCRIPT = "/tmp/cloudtest-shard.sh";

    private ShardCommand() {}

    /**
     * @param testCommand the command each shard runs
     * @param filesGlob test files to split, for codebuild-glob-search
     * @param selectorProperty Maven property selecting test classes (it.test, test); empty to append the files
     * @param allowEmptyProperty Maven property that stops the plugin failing on a pattern matching no test
     */
    static String of(
            String testCommand,
            String filesGlob,
            Optional<String> selectorProperty,
            Optional<String> allowEmptyProperty) {
        ParameterText.requireOneLine("cloudtest.buildspec.shardFiles", filesGlob);
        ParameterText.requireOneLine("cloudtest.buildspec.testCommand (with cloudtest.shards)", testCommand);
        String filesSearch = "--files-search " + singleQuoted("codebuild-glob-search " + singleQuoted(filesGlob));
        if (selectorProperty.isEmpty()) {
            return "codebuild-tests-run \\\n"
                    + "  --test-command " + singleQuoted(testCommand) + " \\\n"
                    + "  " + filesSearch + " \\\n"
                    + "  --sharding-strategy 'stability'\n";
        }
        String allowEmpty = allowEmptyProperty.map(p -> " -D" + p + "=false").orElse("");
        return "cat > " + SCRIPT + " <<'CLOUDTEST_SHARD'\n"
                + "#!/usr/bin/env bash\n"
                + "# One shard: the test files come as arguments (or in CODEBUILD_CURRENT_SHARD_FILES).\n"
                + "set -euo pipefail\n"
                + "if [ \"$#\" -eq 0 ]; then set -- ${CODEBUILD_CURRENT_SHARD_FILES:-}; fi\n"
                + "classes=$(printf '%s\\n' \"$@\" | sed -e 's|.*src/test/java/||' -e 's|\\.java$||' -e 's|/|.|g'"
                + " | paste -sd, -)\n"
                + "if [ -z \"$classes\" ]; then echo 'cloudtest: no test files in this shard'; exit 0; fi\n"
                + "exec " + testCommand + " -D" + selectorProperty.get() + "=\"$classes\"" + allowEmpty + "\n"
                + "CLOUDTEST_SHARD\n"
                + "chmod +x " + SCRIPT + "\n"
                + "codebuild-tests-run \\\n"
                + "  --test-command '" + SCRIPT + "' \\\n"
                + "  " + filesSearch + " \\\n"
                + "  --sharding-strategy 'stability'\n";
    }
}
