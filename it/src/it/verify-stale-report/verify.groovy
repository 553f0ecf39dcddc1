// The green run is green: the stale failing report is left out and named, not counted.
def log = new File(basedir, 'build.log').text
assert log.contains('older than this build and left out of the verdict')
assert log.contains('TEST-com.example.OldIT.xml')
assert !log.contains('old failure')
assert log.contains('BUILD SUCCESS')
true
