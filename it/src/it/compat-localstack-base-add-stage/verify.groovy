import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint)
def log = new File(basedir, 'build.log').text
assert log.contains("AWS answered InternalFailure while reading pipeline 'it-compat-ls-base': The API for service"
        + " 'codepipeline' is either not included in your current license plan or has not yet been emulated by"
        + " LocalStack.")
assert log.contains('(HTTP 501: the endpoint does not implement this operation; use real AWS or an emulator that has'
        + ' it for this step).')
assert !log.contains('Try again later')
// A 501 is not retried.
assert aws.count('it-compat-ls-base', 'GetPipeline') == 1
assert aws.count('it-compat-ls-base', 'UpdatePipeline') == 0
true
