package dev.cloudtest.project;

import java.util.List;

/**
 * What happens to the CodeBuild project.
 *
 * @param action create, update the owned fields, or nothing
 * @param desired the owned fields after the change
 * @param changes one readable line per changed field ({@code environment.image: a -> b})
 * @param warnings what the user should know but cloudtest does not change (someone else's project)
 */
public record ProjectPlan(Action action, ProjectSettings desired, List<String> changes, List<String> warnings) {

    public ProjectPlan(Action action, ProjectSettings desired, List<String> changes) {
        this(action, desired, changes, List.of());
    }

    /** What is done to the project. */
    public enum Action {
        CREATE,
        UPDATE,
        UP_TO_DATE
    }

    public String summary() {
        return switch (action) {
            case CREATE -> "Create CodeBuild project '" + desired.name() + "' (image " + desired.image() + ", "
                    + desired.computeType() + ", buildspec " + desired.buildspec() + ", role "
                    + desired.serviceRole() + ").";
            case UPDATE -> "Update CodeBuild project '" + desired.name() + "': " + String.join("; ", changes) + ".";
            case UP_TO_DATE -> "CodeBuild project '" + desired.name() + "' is up to date.";
        };
    }
}
