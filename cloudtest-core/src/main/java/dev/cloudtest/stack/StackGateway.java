package dev.cloudtest.stack;

import java.util.List;
import java.util.Optional;

/** The CloudFormation reads this package needs. Implementations return every page. */
public interface StackGateway {
    /** The stack by name or id, or empty when CloudFormation says it does not exist. */
    Optional<StackDescription> describe(String stackNameOrId);

    /** Names of the stacks that are not deleted, to suggest look-alikes; empty when they cannot be listed. */
    List<String> liveStackNames();

    /** Every export of the account and Region. */
    List<StackExport> exports();

    /** Every resource of the stack (not of its nested stacks). */
    List<StackResource> resources(String stackNameOrId);
}
