// Invocation 2 (check on a fresh file) passed, or the invoker would have failed this case before this script.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'integration_buildspec.yml')
assert file.text.contains('java: corretto21')   // the check never rewrites the file
assert log.contains('integration_buildspec.yml differs from what the configuration generates')
assert log.contains('--- integration_buildspec.yml (on disk)')
assert log.contains('+++ integration_buildspec.yml (generated)')
assert log.contains('-      java: corretto21')
assert log.contains('+      java: corretto25')
assert log.contains("+#   mvn cloudtest:generate-buildspec -Dcloudtest.buildspec.javaRuntime=corretto25")
def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/generate-buildspec.json'))
assert result.outcome == 'drift'
true
