// moto has no pipeline executions: run-pipeline fails saying the endpoint lacks the operation.
def log = new File(basedir, 'build.log').text
assert log.contains('The endpoint answered HTTP 500 without an AWS error while calling CodePipeline'
        + ' StartPipelineExecution')
assert log.contains('may not implement this operation')
assert !log.contains('check the credentials')
assert !log.contains('NullPointerException')
true
