// Fan-out: batch build-fanout with 3 shards, a codebuild-tests-run command, every module's reports collected.
import groovy.json.JsonSlurper
import groovy.yaml.YamlSlurper

def root = new File(basedir, 'integration_buildspec.yml')
assert root.isFile()
// The goal runs once, at the root: no module gets its own buildspec.
assert !new File(basedir, 'orders-api/integration_buildspec.yml').exists()
assert !new File(basedir, 'orders-it/integration_buildspec.yml').exists()

def text = root.getText('UTF-8')
assert text.contains('#   mvn cloudtest:generate-buildspec -Dcloudtest.shards=3\n')
def spec = new YamlSlurper().parseText(text)
assert spec.batch.'build-fanout'.parallelism == 3
assert spec.batch.'build-fanout'.'ignore-failure' == false
assert spec.phases.install.'runtime-versions'.java == 'corretto11'

def commands = spec.phases.build.commands
assert commands.size() == 1
def shard = commands[0]
assert shard.contains("codebuild-tests-run \\\n  --test-command '/tmp/cloudtest-shard.sh'")
assert shard.contains("--files-search 'codebuild-glob-search '\\''**/src/test/java/**/*IT.java'\\'''")
assert shard.contains('exec mvn -B -ntp verify -Dit.test="$classes" -Dfailsafe.failIfNoSpecifiedTests=false')

assert spec.phases.build.finally[0] == "mkdir -p 'codebuild-reports/integration-tests'"
assert spec.phases.build.finally[1].startsWith("find . -path '*/target/failsafe-reports/TEST-*.xml' -type f")
assert spec.reports.'integration-tests'.'base-directory' == 'codebuild-reports/integration-tests'
// A configured group outside Surefire/Failsafe folders is left where it is.
assert spec.reports.'contract-tests' == [files: ['pact-*.xml'], 'base-directory': 'build/pact', 'file-format': 'JUNITXML']
assert spec.phases.pre_build.commands == ['echo runtime corretto11, stage beta']
// JaCoCo in one module: every module's jacoco.xml is collected for the coverage group.
assert spec.reports.coverage == [files: ['jacoco.xml'], 'base-directory': 'codebuild-reports/coverage', 'file-format': 'JACOCOXML']
assert spec.phases.build.finally.any { it.startsWith("find . -path '*/target/site/jacoco-it/jacoco.xml' -type f") }

def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/generate-buildspec.json'))
assert result.fanoutParallelism == 3
assert result.reportGroups == ['integration-tests', 'contract-tests', 'coverage']
true
