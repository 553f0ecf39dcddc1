// Failsafe writes to target/it-results: the gate reads it from the POM and fails on the failing IT.
def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/it-results').isDirectory()
assert log.contains('it-results')
assert log.contains('2 + 2 should make five in this broken test')
assert log.contains('There are test failures: 1 failed, 0 errored')
assert log.contains('BUILD FAILURE')
true
