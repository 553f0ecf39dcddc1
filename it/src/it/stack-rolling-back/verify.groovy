// A rolling-back stack fails the build at once and clearly, although the goal may wait a minute.
def log = new File(basedir, 'build.log').text
assert log.contains('Stack it-stack-rollback is UPDATE_ROLLBACK_IN_PROGRESS (Resource Api failed): its last deployment'
        + ' failed and CloudFormation is rolling it back')
assert !log.contains('waiting up to')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/cloudtest/stack.properties').exists()
true
