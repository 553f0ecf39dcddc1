import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def log = new File(basedir, 'build.log').text
def project = new JsonSlurper().parseText(aws.projectJson('it-update-project'))
// Owned fields that were given changed; nothing else did.
assert project.environment.image == 'aws/codebuild/standard:7.0'
assert project.environment.computeType == 'BUILD_GENERAL1_MEDIUM'
assert project.environment.privilegedMode == true
assert project.environment.environmentVariables == [[name: 'KEEP_ME', value: 'yes', type: 'PLAINTEXT']]
assert project.source.buildspec == 'ci/it.yml'
assert project.timeoutInMinutes == 45
assert project.buildBatchConfig.restrictions.maximumBuildsAllowed == 3
assert aws.count('it-update-project', 'CreateProject') == 0
assert aws.count('it-update-project', 'UpdateProject') == 1
assert log.contains('environment.image: aws/codebuild/standard:5.0 -> aws/codebuild/standard:7.0')

def action = new JsonSlurper().parseText(aws.pipelineJson('it-update')).pipeline.stages[3].actions[0]
assert action.configuration.BatchEnabled == 'true'
assert new JsonSlurper().parseText(action.configuration.EnvironmentVariables) ==
        [[name: 'ENV_STACK_NAME', value: 'it-update-stack', type: 'PLAINTEXT']]
true
