package dev.cloudtest.stack;

/** What a CloudFormation stack status means for tests about to read the stack. */
enum StackState {
    /** Ends in {@code _COMPLETE} and is not a rollback: the outputs are the deployed ones. */
    READY,
    /** Being created, updated or imported: worth waiting for. */
    IN_PROGRESS,
    /** A failed change is being or was undone: the stack does not hold what was deployed. */
    ROLLBACK,
    /** Failed, being deleted or deleted: waiting will not help. */
    BROKEN;

    static StackState of(String status) {
        String s = status == null ? "" : status;
        if (s.contains("ROLLBACK")) {
            return ROLLBACK;
        }
        if (s.startsWith("DELETE") || s.endsWith("_FAILED")) {
            return BROKEN;
        }
        if (s.endsWith("_COMPLETE")) {
            return READY;
        }
        return IN_PROGRESS;
    }
}
