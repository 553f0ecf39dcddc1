// Failsafe is bound but its test class is misnamed (CalculatorCheck): the unit test's report must not make the
// gate green; the message leads with the include patterns and the folder looked in.
def log = new File(basedir, 'build.log').text
assert log.contains('No integration test ran, though Failsafe is bound in this module: name the test classes to'
        + ' match [**/IT*.java, **/*IT.java, **/*ITCase.java]')
assert log.contains('failsafe-reports')
assert log.contains('-Dcloudtest.failIfNoIntegrationTests=false')
assert log.contains('BUILD FAILURE')
true
