import dev.cloudtest.it.LocalAwsControl
import groovy.json.JsonSlurper

def aws = LocalAwsControl.at(localAwsEndpoint)
def json = { String path -> new JsonSlurper().parse(new File(basedir, path)) }
def log = new File(basedir, 'build.log').text

def result = json('target/run/pipeline-result.json')
assert result.outcome == 'dry-run'
assert result.awsWriteCalls == 0
def plan = json('target/run/pipeline-plan.json')
assert plan.kind == 'INSERT'
assert plan.project.action == 'CREATE'
assert plan.diff.contains('"name" : "IntegrationTest"')
assert log.contains('Dry run (cloudtest.dryRun=true): nothing was written.')
// Managed by CloudFormation: warned, with the template snippet to add instead.
assert log.contains("[WARNING] Pipeline 'it-dry' is managed by CloudFormation stack 'it-dry-pipeline-stack'")
assert log.contains('        - Name: IntegrationTest')
assert log.contains("                ProjectName: 'it-dry-project'")
assert plan.cloudFormationStack == 'it-dry-pipeline-stack'
assert aws.count('it-dry', 'UpdatePipeline') == 0
assert aws.projectJson('it-dry-project') == null
assert new JsonSlurper().parseText(aws.pipelineJson('it-dry')).pipeline.version == 1
println "MEASURED dry run: ${result.awsCallsTotal} calls ${result.awsCalls}"
true
