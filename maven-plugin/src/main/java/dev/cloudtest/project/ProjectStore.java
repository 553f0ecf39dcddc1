package dev.cloudtest.project;

import dev.cloudtest.core.UserFixableException;
import java.util.Optional;

/** Where CodeBuild projects live. Only the fields in {@link ProjectSettings} are ever written. */
public interface ProjectStore {
    Optional<ProjectSettings> find(String name);

    /** Creates the project; throws {@link IamNotReady} while a new role has not propagated yet. */
    void create(ProjectSettings settings);

    /** Changes the owned fields of an existing project; every other field stays as it is. */
    void update(ProjectSettings settings);

    void delete(String name);

    /**
     * CodeBuild cannot assume the service role yet (IAM is eventually consistent) or at all. The applier retries
     * it; once it gives up, the role is the user's to fix.
     */
    final class IamNotReady extends UserFixableException {
        private static final long serialVersionUID = 1L;

        public IamNotReady(String message) {
            super(message);
        }
    }
}
