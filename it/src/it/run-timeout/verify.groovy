// The wait ends at cloudtest.wait.timeout with a message saying how to follow the run on.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def run = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/pipeline-run.json'))
assert run.timedOut == true
assert run.status == 'InProgress'
assert log.contains("Pipeline it-run-timeout execution ${run.executionId} is still InProgress at stage Deploy (InProgress) after")
assert log.contains("follow it with -Dcloudtest.execution=${run.executionId}")
assert log.contains('BUILD FAILURE')
true
