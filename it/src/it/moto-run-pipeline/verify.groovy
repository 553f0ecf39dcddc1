// moto 5.2 lacks StartPipelineExecution: run-pipeline names the missing operation once, without 8 retries.
def log = new File(basedir, 'build.log').text
assert log.contains('The endpoint answered HTTP 500 without an AWS error while calling CodePipeline'
        + ' StartPipelineExecution')
assert log.contains('may not implement this operation')
assert !log.contains('check the credentials')
assert !log.contains('NullPointerException')
def took = (log =~ /Total time:\s+([0-9.]+) s/)
assert took.find() && Double.parseDouble(took.group(1)) < 20 : 'asked once, not retried with backoff'
true
