package dev.cloudtest.buildspec;

import static dev.cloudtest.buildspec.ShellQuoting.singleQuoted;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code finally} commands that gather one report group's files from every module into one folder, because
 * report paths do not follow modules and {@code **} inside a glob is not documented (docs/buildspec.md pitfall 6).
 */
final class ReportCollection {
    private ReportCollection() {}

    static List<String> commands(Buildspec.ReportGroup group, String targetDirectory) {
        List<String> commands = new ArrayList<>();
        commands.add("mkdir -p " + singleQuoted(targetDirectory));
        String moduleDirectory = group.baseDirectory.replaceAll("^(\\./)+", "").replaceAll("/+$", "");
        for (String glob : group.files) {
            commands.add("find . -path " + singleQuoted("*/" + moduleDirectory + "/" + glob)
                    + " -type f -not -path " + singleQuoted("./" + targetDirectory + "/*")
                    + " -exec cp --backup=numbered {} " + singleQuoted(targetDirectory + "/") + " \\;");
        }
        return commands;
    }
}
