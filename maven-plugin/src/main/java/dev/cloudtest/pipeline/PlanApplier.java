package dev.cloudtest.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.EnvironmentException;
import dev.cloudtest.core.Reporter;
import java.util.function.Function;

/**
 * Writes a plan and proves it landed. UpdatePipeline has no version check (last writer wins), so after each
 * write the pipeline is read again: the version must have moved by exactly one and the stage must be as
 * planned. When another writer got in between, the edit is planned again on their declaration and written
 * again, a bounded number of times, so neither two stages nor a lost foreign edit can result.
 */
public final class PlanApplier {
    static final int MAX_WRITES = 4;

    private final PipelineStore store;
    private final Reporter reporter;

    public PlanApplier(PipelineStore store, Reporter reporter) {
        this.store = store;
        this.reporter = reporter;
    }

    /** What applying did. */
    public record Outcome(long versionBefore, long versionAfter, int writes, int foreignWrites) {}

    /**
     * @param planner plans the edit on any declaration (the same planner that made {@code plan})
     * @param plan the plan made on the declaration read just before
     */
    public Outcome apply(String name, Function<ObjectNode, PipelinePlan> planner, PipelinePlan plan) {
        long versionBefore = plan.before().path("version").asLong();
        long known = versionBefore;
        int writes = 0;
        int foreign = 0;
        while (plan.changesPipeline()) {
            if (writes == MAX_WRITES) {
                throw new EnvironmentException("Pipeline '" + name + "' kept changing while cloudtest edited it ("
                        + writes + " writes, other writers each time). Nothing is half-done, but check it with"
                        + " `aws codepipeline get-pipeline --name " + name + "` and run again when it is quiet.");
            }
            long written = store.write(plan.after());
            writes++;
            PipelineDocument fresh = store.read(name);
            boolean ourWriteWasNext = written == known + 1;
            if (ourWriteWasNext && fresh.version() == written) {
                verifyLanded(name, planner, fresh, written);
                return new Outcome(versionBefore, written, writes, foreign);
            }
            foreign++;
            PipelineDocument base;
            if (!ourWriteWasNext && fresh.version() == written) {
                // Someone wrote between our read and our write, and our full replace undid their change:
                // plan again on their declaration, which restores it.
                reporter.warn("Another writer changed pipeline '" + name + "' between version " + known + " and"
                        + " cloudtest's write (which became version " + written + "). Planning again on version "
                        + (written - 1) + " so that change is kept.");
                base = store.readVersion(name, written - 1);
                if (base.version() != written - 1) {
                    throw new EnvironmentException("Pipeline '" + name + "' was changed by another writer while"
                            + " cloudtest wrote it, and version " + (written - 1) + " cannot be read back to"
                            + " restore that change. Compare versions with `aws codepipeline get-pipeline --name "
                            + name + " --pipeline-version " + (written - 1) + "` and fix by hand.");
                }
            } else {
                reporter.warn("Another writer changed pipeline '" + name + "' after cloudtest's write (version "
                        + written + ", now " + fresh.version() + "). Checking the stage again on the new version.");
                base = fresh;
            }
            known = fresh.version();
            PipelinePlan next = planner.apply(base.declaration());
            if (sameDeclaration(next.after(), fresh.declaration())) {
                return new Outcome(versionBefore, fresh.version(), writes, foreign);
            }
            plan = new PipelinePlan(
                    PipelinePlan.Kind.REPLACE,
                    next.stageName(),
                    next.position(),
                    fresh.declaration(),
                    next.after(),
                    next.diff(),
                    next.warnings());
        }
        return new Outcome(versionBefore, known, writes, foreign);
    }

    private static void verifyLanded(
            String name, Function<ObjectNode, PipelinePlan> planner, PipelineDocument fresh, long written) {
        if (planner.apply(fresh.declaration()).changesPipeline()) {
            throw new EnvironmentException("Pipeline '" + name + "' version " + written + " does not hold the"
                    + " change cloudtest wrote; the service stored something else. Check it with"
                    + " `aws codepipeline get-pipeline --name " + name + "`.");
        }
    }

    /** Equal apart from {@code version}, which the service sets. */
    static boolean sameDeclaration(ObjectNode a, ObjectNode b) {
        ObjectNode x = a.deepCopy();
        ObjectNode y = b.deepCopy();
        x.remove("version");
        y.remove("version");
        return x.equals(y);
    }
}
