import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

assert log.contains("input artifact 'SourceOutput' is not produced by any action that runs before it")
assert log.contains('nothing was written')
assert aws.count('it-wrong-artifact', 'UpdatePipeline') == 0
assert aws.projectJson('it-wrong-artifact-project') == null
true
