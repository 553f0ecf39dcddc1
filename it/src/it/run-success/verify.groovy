// A run that succeeds: progress stage by stage, a retried conflict, the result file, a green build.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Pipeline it-run-success is busy (ConflictException: ')
assert log.find(/\[\d+m?s\] Deploy: InProgress/)  // elapsed may be under a second at the first poll
assert log.find(/\[\d+m?s\] Deploy: Succeeded/)
assert log.find(/\[\d+m?s\] IntegrationTest: Succeeded/)
assert log.find(/\[\d+m?s\] execution: Succeeded/)
assert log.contains('succeeded.')
assert log.find(/IntegrationTest \/ Integration: build it-run-success-tests:\S+ SUCCEEDED, 3 test\(s\), none failed/)
assert log.contains('BUILD SUCCESS')

def run = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/pipeline-run.json'))
assert run.succeeded == true
assert run.status == 'Succeeded'
assert run.started == true
assert run.stages*.name == ['Source', 'Deploy', 'IntegrationTest']
assert run.stages*.status == ['Succeeded', 'Succeeded', 'Succeeded']
assert run.awsCalls['CodePipeline.StartPipelineExecution'] == 2
assert run.integrationBuilds[0].reports[0].total == 3
assert !run.awsCalls.containsKey('CodeBuild.DescribeTestCases')
true
