package dev.cloudtest.buildspec;

import dev.cloudtest.core.UserFixableException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where CodeBuild resolves Maven artifacts cloudtest's plugin included (and your own) when they are not on Maven
 * Central: an AWS CodeArtifact repository. The buildspec's {@code pre_build} fetches a token into
 * {@code CODEARTIFACT_AUTH_TOKEN} and writes a {@code ~/.m2/settings.xml} that only refers to it — the token is in
 * neither the file nor the log. Every value is checked against CodeArtifact's own naming rules, then single-quoted.
 */
public record CodeArtifact(String domain, String owner, String repository, String region) {
    private static final Pattern DOMAIN = Pattern.compile("[a-z][a-z0-9-]{1,49}");
    private static final Pattern OWNER = Pattern.compile("\\d{12}");
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,99}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    public CodeArtifact {
        check("cloudtest.buildspec.codeArtifact.domain", domain, DOMAIN, "a CodeArtifact domain such as my-company");
        check("cloudtest.buildspec.codeArtifact.owner", owner, OWNER, "the domain owner's 12-digit account id");
        check(
                "cloudtest.buildspec.codeArtifact.repository",
                repository,
                REPOSITORY,
                "a repository name such as" + " maven-releases");
        check("cloudtest.buildspec.codeArtifact.region", region, REGION, "an AWS region such as eu-west-1");
    }

    /** The repository's Maven endpoint. */
    public String url() {
        return "https://" + domain + "-" + owner + ".d.codeartifact." + region + ".amazonaws.com/maven/" + repository
                + "/";
    }

    /** The {@code pre_build} commands: the token into the environment, then the settings file that uses it. */
    List<String> commands() {
        String token = "export CODEARTIFACT_AUTH_TOKEN=\"$(aws codeartifact get-authorization-token --domain "
                + ShellQuoting.singleQuoted(domain) + " --domain-owner " + ShellQuoting.singleQuoted(owner)
                + " --region " + ShellQuoting.singleQuoted(region)
                + " --query authorizationToken --output text)\"";
        String settings = "mkdir -p \"$HOME/.m2\" && cat > \"$HOME/.m2/settings.xml\" <<'CLOUDTEST_SETTINGS'\n"
                + "<settings>\n"
                + "  <servers>\n"
                + "    <server>\n"
                + "      <id>codeartifact</id>\n"
                + "      <username>aws</username>\n"
                + "      <password>${env.CODEARTIFACT_AUTH_TOKEN}</password>\n"
                + "    </server>\n"
                + "  </servers>\n"
                + "  <profiles>\n"
                + "    <profile>\n"
                + "      <id>codeartifact</id>\n"
                + "      <repositories>\n"
                + "        <repository><id>codeartifact</id><url>" + url() + "</url></repository>\n"
                + "      </repositories>\n"
                + "      <pluginRepositories>\n"
                + "        <pluginRepository><id>codeartifact</id><url>" + url() + "</url></pluginRepository>\n"
                + "      </pluginRepositories>\n"
                + "    </profile>\n"
                + "  </profiles>\n"
                + "  <activeProfiles>\n"
                + "    <activeProfile>codeartifact</activeProfile>\n"
                + "  </activeProfiles>\n"
                + "</settings>\n"
                + "CLOUDTEST_SETTINGS";
        return List.of(token, settings);
    }

    private static void check(String parameter, String value, Pattern pattern, String expected) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new UserFixableException(parameter + " "
                    + (value == null || value.isBlank()
                            ? "is not set"
                            : "'" + ParameterText.printable(value) + "' is not valid")
                    + ": give " + expected + " (all four cloudtest.buildspec.codeArtifact.* parameters go together).");
        }
    }
}
