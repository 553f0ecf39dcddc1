// The pool goals end to end on the real moto: acquire, a real deploy, a skipped one, outputs, status, release.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Acquired it-pool-01 (pool it-pool, fence 1): new slot')
assert log.contains('[deploy] deploying it-pool-01 (fence 1)')
assert log.contains('[deploy] created stack it-pool-01')
assert log.contains('Deployed 4b825dc642cb6eb9a060e54bf8d69288fbee4904 to it-pool-01')
assert log.contains('Deploy of it-pool-01 skipped: it is recorded deployed at 4b825dc')
assert log.count('[deploy] deploying') == 1 : 'the second deploy-stack must not run the command'
assert !log.contains('AKIAABCDEFGHIJKLMNOP') : 'secret-shaped deploy output must be masked'
assert log.contains('Released it-pool-01 (fence 1) as FREE, outcome PASSED.')

// The JUnit library saw the leased stack: its name, its fence and an output, with no other configuration.
def report = new File(basedir, 'target/failsafe-reports/TEST-it.LeasedStackIT.xml').text
assert report.contains('tests="1"') && report.contains('failures="0"') && report.contains('errors="0"')
assert log.contains('Testing it-pool-01 under fence 1: deployed it-pool-01')
// Released: the files naming the stack are gone, so a later run cannot test a stack it no longer holds.
assert !new File(basedir, 'target/cloudtest/stack.properties').exists()

def status = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/pool-status.json'))
assert status.size() == 1
assert status[0].state == 'LEASED'
assert status[0].deployedCommit == '4b825dc642cb6eb9a060e54bf8d69288fbee4904'
assert !new File(basedir, 'target/cloudtest/lease.json').exists()
true
