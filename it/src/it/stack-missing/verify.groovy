// A missing stack fails the build with the stacks that look alike and how to fix it.
def log = new File(basedir, 'build.log').text
assert log.contains("Stack 'it-stack-missing-orders' does not exist in region us-east-1")
assert log.contains('Stacks with similar names: it-stack-missing-orders-1')
assert log.contains('Set cloudtest.stackName (or the ENV_STACK_NAME environment variable)')
assert log.contains('BUILD FAILURE')
assert !log.contains('Exception:') || !log.contains('\tat dev.cloudtest') : 'no stack trace'
assert !new File(basedir, 'target/cloudtest/stack.properties').exists()
true
