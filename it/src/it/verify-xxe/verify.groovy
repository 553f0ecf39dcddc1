// No XXE: the listener got no request, and the secret appears nowhere in the output.
import groovy.json.JsonSlurper

def server = System.properties.remove('cloudtest.it.xxe.listener')
Thread.sleep(500) // a late connection would still be counted
server?.close()
assert new File(basedir, 'listener-hits.txt').text == '0' : 'the XML parser connected to the local listener'

def secret = new File(basedir, 'secret.txt').text
def log = new File(basedir, 'build.log').text
assert !log.contains(secret)
assert !log.contains('LEAKED-VIA-HTTP')
new File(basedir, 'target/cloudtest').eachFile { f ->
    assert !f.text.contains(secret) : "${f} holds the secret"
    assert !f.text.contains('LEAKED-VIA-HTTP')
}
assert log.contains('TEST-com.example.FileXxeIT.xml: it has a DOCTYPE declaration')
assert log.contains('TEST-com.example.HttpXxeIT.xml: it has a DOCTYPE declaration')
// the nested junit-web.xml, found with the **/junit*.xml pattern, still counts
assert log.contains('Tests: 1, Failures: 0, Errors: 0, Skipped: 0, Flaky: 0 (from 1 file)')

def json = new JsonSlurper().parse(new File(basedir, 'target/cloudtest/test-summary.json'))
assert json.summary.unreadable.size() == 2
true
