// moto has no pipeline executions: run-pipeline fails saying the endpoint lacks the operation.
import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint)
def log = new File(basedir, 'build.log').text
assert log.contains('The endpoint answered HTTP 500 without an AWS error while calling CodePipeline'
        + ' StartPipelineExecution (after the SDK\'s retries).')
assert log.contains('may not implement this operation')
assert !log.contains('check the credentials')
assert !log.contains('NullPointerException')
assert aws.count('it-compat-moto-run', 'StartPipelineExecution') == 8 : 'the default 8 attempts'
assert aws.count('it-compat-moto-run', 'GetPipelineExecution') == 0
true
