package dev.cloudtest.runner;

import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Local stand-ins for the two test-splitting commands CodeBuild's images ship (docs/buildspec.md §11), put first
 * on the buildspec's PATH: {@code codebuild-glob-search} ({@code *} stays within a directory, {@code **} crosses
 * them, paths printed relative to the working directory) and {@code codebuild-tests-run} (runs
 * {@code --test-command} with this shard's files appended and in {@code CODEBUILD_CURRENT_SHARD_FILES}). Which
 * shard runs comes from {@code CLOUDTEST_SHARD} ({@code 1/3}: the first of three; default the only one), split by
 * equal distribution of the sorted files — locally both strategies give every file to exactly one shard.
 */
final class CodeBuildTools {
    private static final String GLOB_SEARCH =
            """
            #!/usr/bin/env bash
            # cloudtest's local stand-in for CodeBuild's codebuild-glob-search.
            shopt -s globstar nullglob dotglob
            found=0
            for pattern in "$@"; do
              for f in $pattern; do
                if [ -f "$f" ]; then printf '%s\\n' "$f"; found=1; fi
              done
            done
            if [ "$found" = 0 ]; then echo "codebuild-glob-search: no files found" >&2; fi
            exit 0
            """;

    private static final String TESTS_RUN =
            """
            #!/usr/bin/env bash
            # cloudtest's local stand-in for CodeBuild's codebuild-tests-run.
            set -uo pipefail
            test_command="" files_search=""
            while [ "$#" -gt 0 ]; do
              case "$1" in
                --test-command) test_command="$2"; shift 2 ;;
                --files-search) files_search="$2"; shift 2 ;;
                --sharding-strategy) shift 2 ;;
                *) echo "codebuild-tests-run: unknown option $1" >&2; exit 2 ;;
              esac
            done
            if [ -z "$test_command" ] || [ -z "$files_search" ]; then
              echo "codebuild-tests-run: --test-command and --files-search are required" >&2; exit 2
            fi
            shard="${CLOUDTEST_SHARD:-1/1}"
            index="${shard%/*}" count="${shard#*/}"
            mapfile -t all < <(eval "$files_search" | LC_ALL=C sort)
            mine=()
            for i in "${!all[@]}"; do
              if [ $(( i % count )) -eq $(( index - 1 )) ]; then mine+=("${all[$i]}"); fi
            done
            echo "codebuild-tests-run (local): shard $index of $count runs ${#mine[@]} of ${#all[@]} file(s)"
            CODEBUILD_CURRENT_SHARD_FILES="$(printf '%s\\n' "${mine[@]}")"
            export CODEBUILD_CURRENT_SHARD_FILES
            set -- "${mine[@]}"
            eval "$test_command"' "$@"'
            """;

    private CodeBuildTools() {}

    /** Writes the tools into {@code directory} and returns it, for the front of the PATH. */
    static Path install(Path directory) {
        try {
            Files.createDirectories(directory);
            write(directory.resolve("codebuild-glob-search"), GLOB_SEARCH);
            write(directory.resolve("codebuild-tests-run"), TESTS_RUN);
            return directory;
        } catch (IOException e) {
            throw new EnvironmentException(
                    "Cannot write CodeBuild's test tools to " + directory + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path target, String text) throws IOException {
        Path file = ResultFiles.write(target, ResultFiles.OUTPUT_DIRECTORY, text, ResultFiles.Access.OWNER_ONLY);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            file.toFile().setExecutable(true, true);
        }
    }
}
