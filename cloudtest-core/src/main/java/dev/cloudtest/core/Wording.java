package dev.cloudtest.core;

/** A message that names settings: rendered when it is shown, in the words of the front end that shows it. */
@FunctionalInterface
public interface Wording {
    String render(SettingNames names);
}
