import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

// First run: the project is created and the stage lands right after Deploy, verified by reading it back.
def stored = new JsonSlurper().parseText(aws.pipelineJson('it-classic')).pipeline
assert stored.stages*.name == ['Source', 'Build', 'Deploy', 'IntegrationTest']
assert stored.version == 2
def action = stored.stages[3].actions[0]
assert action.name == 'Integration'
assert action.actionTypeId == [category: 'Test', owner: 'AWS', provider: 'CodeBuild', version: '1']
assert action.configuration.ProjectName == 'it-classic-project'
assert new JsonSlurper().parseText(action.configuration.EnvironmentVariables) ==
        [[name: 'ENV_STACK_NAME', value: 'demo-stack', type: 'PLAINTEXT']]
assert action.inputArtifacts == [[name: 'SourceArtifact']]
assert action.outputArtifacts == [[name: 'IntegrationTestOutput']]
def project = new JsonSlurper().parseText(aws.projectJson('it-classic-project'))
assert project.source.type == 'CODEPIPELINE'
assert project.source.buildspec == 'integration_buildspec.yml'
assert project.artifacts.type == 'CODEPIPELINE'
assert project.environment.image == 'aws/codebuild/amazonlinux-x86_64-standard:5.0'
assert project.serviceRole == 'arn:aws:iam::123456789012:role/it-classic-role'
// Recorded as cloudtest's: a later run may update it without -Dcloudtest.project.takeOver.
assert project.tags == [[key: 'cloudtest:managed', value: 'true']]

def run1 = json('target/run1/pipeline-result.json')
assert run1.outcome == 'applied'
assert run1.awsWriteCalls == 2
assert run1.awsCalls['CodePipeline.UpdatePipeline'] == 1
assert run1.awsCalls['CodeBuild.CreateProject'] == 1
assert json('target/run1/pipeline-plan.json').kind == 'INSERT'

// Second run: nothing to do, and no write call at all.
def run2 = json('target/run2/pipeline-result.json')
assert run2.outcome == 'up-to-date'
assert run2.awsWriteCalls == 0
assert !run2.awsCalls.containsKey('CodePipeline.UpdatePipeline')
assert aws.count('it-classic', 'UpdatePipeline') == 1
assert aws.count('it-classic-project', 'CreateProject') == 1
assert aws.count('it-classic-project', 'UpdateProject') == 0

println "MEASURED first run: ${run1.awsCallsTotal} calls ${run1.awsCalls}"
println "MEASURED re-run: ${run2.awsCallsTotal} calls ${run2.awsCalls}"
true
