// The tests found their stack (outputs from stack-outputs, a physical ID straight from CloudFormation); the missed
// SLA failed its test with the figures; verify printed the SLA table, missed first, and wrote it to the summaries.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /SLA 'invoice sent' missed: not met within 300ms \(waited 3\d\dms, \d+ looks\)\./
assert log.contains('Tests run: 2, Failures: 1, Errors: 0, Skipped: 0')
assert log =~ /SLA checks: 2, 1 missed \(from 1 file in .*target.cloudtest.sla\):/
def missed = log.indexOf('  MISSED ')
def met = log.indexOf('  met ')
assert missed > 0 && met > missed : 'the missed SLA comes first'
assert log =~ /MISSED\s+-\d+ms\s+3\d\dms\s+300ms\s+invoice sent\s+OrdersSlaIT#aLateInvoiceFailsWithItsFigures/
assert log =~ /met\s+\+\d\.\d{3}s\s+\d+ms\s+5\.000s\s+order confirmed\s+OrdersSlaIT#findsItsStackAndConfirmsInTime/

def json = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/test-summary.json'))
assert json.passed == false
assert json.sla.checks == 2
assert json.sla.missed == 1
assert json.sla.entries[0].name == 'invoice sent'
assert json.sla.entries[0].passed == false
assert new File(basedir, 'target/cloudtest/test-summary.md').text.contains('### SLA checks (2, 1 missed)')
true
