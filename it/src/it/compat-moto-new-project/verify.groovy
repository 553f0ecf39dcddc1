import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def log = new File(basedir, 'build.log').text
assert log.contains('Project source location is required')
assert aws.count('it-compat-moto-new-project', 'CreateProject') == 1
assert aws.count('it-compat-moto-new', 'UpdatePipeline') == 0
assert new JsonSlurper().parseText(aws.pipelineJson('it-compat-moto-new')).pipeline.version == 1
true
