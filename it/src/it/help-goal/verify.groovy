// The generated help goal lists every goal with its parameters.
def log = new File(basedir, 'build.log').text
assert log.contains('cloudtest:help')
assert log.contains('Display help information on cloudtest-maven-plugin')
true
