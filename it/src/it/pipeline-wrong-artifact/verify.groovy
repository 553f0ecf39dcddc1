import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

assert log.contains("Input artifact 'SourceOutput' is not produced by any action up to stage 'Deploy' of pipeline 'it-wrong-artifact', so nothing was written.")
assert log.contains('Artifacts available there: SourceArtifact, BuildArtifact. Set -Dcloudtest.inputArtifact=<one of them>.')
assert aws.count('it-wrong-artifact', 'UpdatePipeline') == 0
assert aws.projectJson('it-wrong-artifact-project') == null
true
