// moto lacks UpdateProject: its bare 500 (retried by the SDK) must end the build with a message that says so.
import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def log = new File(basedir, 'build.log').text
assert log.contains("The endpoint answered HTTP 500 without an AWS error while updating CodeBuild project"
        + " 'it-compat-moto-upd-project' (after the SDK's retries).")
assert log.contains('may not implement this operation')
assert !log.contains('NullPointerException')
assert aws.count('it-compat-moto-upd-project', 'UpdateProject') == 8 : 'the default 8 attempts'
assert aws.count('it-compat-moto-upd', 'UpdatePipeline') == 0
assert new JsonSlurper().parseText(aws.pipelineJson('it-compat-moto-upd')).pipeline.version == 1
true
