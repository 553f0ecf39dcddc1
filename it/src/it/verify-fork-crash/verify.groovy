// A Failsafe fork that died (System.exit) fails the gate with Failsafe's own words and the fix, though the report
// files it left show no failure.
def log = new File(basedir, 'build.log').text
assert log.contains("Failsafe's run did not complete (failsafe-summary.xml: result")
assert log.contains('The forked VM terminated without properly saying goodbye')
assert log.contains('-Xmx1g')
assert log.contains('BUILD FAILURE')
true
