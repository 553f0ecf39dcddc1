// add-stage against moto: ISO-8601 metadata times, no projectsNotFound, no validation on UpdatePipeline.
import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def log = new File(basedir, 'build.log').text
assert log.contains("Pipeline 'it-compat-moto' is now at version 2 with stage 'IntegrationTest'")
assert log.contains('BUILD SUCCESS')

def stored = new JsonSlurper().parseText(aws.pipelineJson('it-compat-moto')).pipeline
assert stored.stages*.name == ['Source', 'Build', 'Deploy', 'IntegrationTest']
assert stored.version == 2
def action = stored.stages[3].actions[0]
assert action.actionTypeId.provider == 'CodeBuild'
assert action.configuration.ProjectName == 'it-compat-moto-project'
assert new JsonSlurper().parseText(action.configuration.EnvironmentVariables) ==
        [[name: 'ENV_STACK_NAME', value: 'it-compat-stack', type: 'PLAINTEXT']]

// Every call answered 200: the GetPipeline answers carried moto's ISO strings (see it/LOCAL-AWS.md).
def calls = new JsonSlurper().parseText(aws.calls('it-compat-moto')) +
        new JsonSlurper().parseText(aws.calls('it-compat-moto-project'))
assert calls.every { it.status == 200 } : calls
assert aws.count('it-compat-moto', 'UpdatePipeline') == 1
assert aws.count('it-compat-moto-project', 'BatchGetProjects') == 1
assert aws.count('it-compat-moto-project', 'CreateProject') == 0
assert aws.count('it-compat-moto-project', 'UpdateProject') == 0

def result = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/pipeline-result.json'))
assert result.outcome == 'applied'
assert result.project == 'UP_TO_DATE'
assert result.versionAfter == 2
true
